(()=>{var US=Object.create;var A_=Object.defineProperty;var BS=Object.getOwnPropertyDescriptor;var kS=Object.getOwnPropertyNames;var zS=Object.getPrototypeOf,GS=Object.prototype.hasOwnProperty;var VS=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var HS=(n,e,t,i)=>{if(e&&typeof e=="object"||typeof e=="function")for(let r of kS(e))!GS.call(n,r)&&r!==t&&A_(n,r,{get:()=>e[r],enumerable:!(i=BS(e,r))||i.enumerable});return n};var WS=(n,e,t)=>(t=n!=null?US(zS(n)):{},HS(e||!n||!n.__esModule?A_(t,"default",{value:n,enumerable:!0}):t,n));var L_=VS((Bm,km)=>{(function(n,e){typeof Bm=="object"&&typeof km<"u"?km.exports=e():typeof define=="function"&&define.amd?define(e):n.createREGL=e()})(Bm,(function(){"use strict";var n=function(_){return _ instanceof Uint8Array||_ instanceof Uint16Array||_ instanceof Uint32Array||_ instanceof Int8Array||_ instanceof Int16Array||_ instanceof Int32Array||_ instanceof Float32Array||_ instanceof Float64Array||_ instanceof Uint8ClampedArray},e=function(_,I){for(var z=Object.keys(I),de=0;de<z.length;++de)_[z[de]]=I[z[de]];return _},t=`
`;function i(_){return typeof atob<"u"?atob(_):"base64:"+_}function r(_){var I=new Error("(regl) "+_);throw console.error(I),I}function s(_,I){_||r(I)}function a(_){return _?": "+_:""}function o(_,I,z){_ in I||r("unknown parameter ("+_+")"+a(z)+". possible values: "+Object.keys(I).join())}function c(_,I){n(_)||r("invalid parameter type"+a(I)+". must be a typed array")}function l(_,I){switch(I){case"number":return typeof _=="number";case"object":return typeof _=="object";case"string":return typeof _=="string";case"boolean":return typeof _=="boolean";case"function":return typeof _=="function";case"undefined":return typeof _>"u";case"symbol":return typeof _=="symbol"}}function u(_,I,z){l(_,I)||r("invalid parameter type"+a(z)+". expected "+I+", got "+typeof _)}function f(_,I){_>=0&&(_|0)===_||r("invalid parameter type, ("+_+")"+a(I)+". must be a nonnegative integer")}function h(_,I,z){I.indexOf(_)<0&&r("invalid value"+a(z)+". must be one of: "+I)}var p=["gl","canvas","container","attributes","pixelRatio","extensions","optionalExtensions","profile","onDone"];function x(_){Object.keys(_).forEach(function(I){p.indexOf(I)<0&&r('invalid regl constructor argument "'+I+'". must be one of '+p)})}function y(_,I){for(_=_+"";_.length<I;)_=" "+_;return _}function m(){this.name="unknown",this.lines=[],this.index={},this.hasErrors=!1}function g(_,I){this.number=_,this.line=I,this.errors=[]}function E(_,I,z){this.file=_,this.line=I,this.message=z}function C(){var _=new Error,I=(_.stack||_).toString(),z=/compileProcedure.*\n\s*at.*\((.*)\)/.exec(I);if(z)return z[1];var de=/compileProcedure.*\n\s*at\s+(.*)(\n|$)/.exec(I);return de?de[1]:"unknown"}function M(){var _=new Error,I=(_.stack||_).toString(),z=/at REGLCommand.*\n\s+at.*\((.*)\)/.exec(I);if(z)return z[1];var de=/at REGLCommand.*\n\s+at\s+(.*)\n/.exec(I);return de?de[1]:"unknown"}function F(_,I){var z=_.split(`
`),de=1,Re=0,fe={unknown:new m,0:new m};fe.unknown.name=fe[0].name=I||C(),fe.unknown.lines.push(new g(0,""));for(var Ae=0;Ae<z.length;++Ae){var Ve=z[Ae],Ge=/^\s*#\s*(\w+)\s+(.+)\s*$/.exec(Ve);if(Ge)switch(Ge[1]){case"line":var Ke=/(\d+)(\s+\d+)?/.exec(Ge[2]);Ke&&(de=Ke[1]|0,Ke[2]&&(Re=Ke[2]|0,Re in fe||(fe[Re]=new m)));break;case"define":var Qe=/SHADER_NAME(_B64)?\s+(.*)$/.exec(Ge[2]);Qe&&(fe[Re].name=Qe[1]?i(Qe[2]):Qe[2]);break}fe[Re].lines.push(new g(de++,Ve))}return Object.keys(fe).forEach(function(Je){var lt=fe[Je];lt.lines.forEach(function(He){lt.index[He.number]=He})}),fe}function D(_){var I=[];return _.split(`
`).forEach(function(z){if(!(z.length<5)){var de=/^ERROR:\s+(\d+):(\d+):\s*(.*)$/.exec(z);de?I.push(new E(de[1]|0,de[2]|0,de[3].trim())):z.length>0&&I.push(new E("unknown",0,z))}}),I}function v(_,I){I.forEach(function(z){var de=_[z.file];if(de){var Re=de.index[z.line];if(Re){Re.errors.push(z),de.hasErrors=!0;return}}_.unknown.hasErrors=!0,_.unknown.lines[0].errors.push(z)})}function w(_,I,z,de,Re){if(!_.getShaderParameter(I,_.COMPILE_STATUS)){var fe=_.getShaderInfoLog(I),Ae=de===_.FRAGMENT_SHADER?"fragment":"vertex";xe(z,"string",Ae+" shader source must be a string",Re);var Ve=F(z,Re),Ge=D(fe);v(Ve,Ge),Object.keys(Ve).forEach(function(Ke){var Qe=Ve[Ke];if(!Qe.hasErrors)return;var Je=[""],lt=[""];function He(Ze,ee){Je.push(Ze),lt.push(ee||"")}He("file number "+Ke+": "+Qe.name+`
`,"color:red;text-decoration:underline;font-weight:bold"),Qe.lines.forEach(function(Ze){if(Ze.errors.length>0){He(y(Ze.number,4)+"|  ","background-color:yellow; font-weight:bold"),He(Ze.line+t,"color:red; background-color:yellow; font-weight:bold");var ee=0;Ze.errors.forEach(function(ve){var qe=ve.message,Tt=/^\s*'(.*)'\s*:\s*(.*)$/.exec(qe);if(Tt){var Be=Tt[1];qe=Tt[2],Be==="assign"&&(Be="="),ee=Math.max(Ze.line.indexOf(Be,ee),0)}else ee=0;He(y("| ",6)),He(y("^^^",ee+3)+t,"font-weight:bold"),He(y("| ",6)),He(qe+t,"font-weight:bold")}),He(y("| ",6)+t)}else He(y(Ze.number,4)+"|  "),He(Ze.line+t,"color:red")}),typeof document<"u"&&!window.chrome?(lt[0]=Je.join("%c"),console.log.apply(console,lt)):console.log(Je.join(""))}),s.raise("Error compiling "+Ae+" shader, "+Ve[0].name)}}function q(_,I,z,de,Re){if(!_.getProgramParameter(I,_.LINK_STATUS)){var fe=_.getProgramInfoLog(I),Ae=F(z,Re),Ve=F(de,Re),Ge='Error linking program with vertex shader, "'+Ve[0].name+'", and fragment shader "'+Ae[0].name+'"';typeof document<"u"?console.log("%c"+Ge+t+"%c"+fe,"color:red;text-decoration:underline;font-weight:bold","color:red"):console.log(Ge+t+fe),s.raise(Ge)}}function X(_){_._commandRef=C()}function Z(_,I,z,de){X(_);function Re(Ge){return Ge?de.id(Ge):0}_._fragId=Re(_.static.frag),_._vertId=Re(_.static.vert);function fe(Ge,Ke){Object.keys(Ke).forEach(function(Qe){Ge[de.id(Qe)]=!0})}var Ae=_._uniformSet={};fe(Ae,I.static),fe(Ae,I.dynamic);var Ve=_._attributeSet={};fe(Ve,z.static),fe(Ve,z.dynamic),_._hasCount="count"in _.static||"count"in _.dynamic||"elements"in _.static||"elements"in _.dynamic}function se(_,I){var z=M();r(_+" in command "+(I||C())+(z==="unknown"?"":" called from "+z))}function me(_,I,z){_||se(I,z||C())}function V(_,I,z,de){_ in I||se("unknown parameter ("+_+")"+a(z)+". possible values: "+Object.keys(I).join(),de||C())}function xe(_,I,z,de){l(_,I)||se("invalid parameter type"+a(z)+". expected "+I+", got "+typeof _,de||C())}function ye(_){_()}function ie(_,I,z){_.texture?h(_.texture._texture.internalformat,I,"unsupported texture format for attachment"):h(_.renderbuffer._renderbuffer.format,z,"unsupported renderbuffer format for attachment")}var De=33071,pe=9728,Ie=9984,re=9985,je=9986,kt=9987,Ee=5120,Xe=5121,wt=5122,Yt=5123,nt=5124,tn=5125,In=5126,Kt=32819,Rn=32820,gt=33635,Ot=34042,sn=36193,Xt={};Xt[Ee]=Xt[Xe]=1,Xt[wt]=Xt[Yt]=Xt[sn]=Xt[gt]=Xt[Kt]=Xt[Rn]=2,Xt[nt]=Xt[tn]=Xt[In]=Xt[Ot]=4;function cn(_,I){return _===Rn||_===Kt||_===gt?2:_===Ot?4:Xt[_]*I}function an(_){return!(_&_-1)&&!!_}function fi(_,I,z){var de,Re=I.width,fe=I.height,Ae=I.channels;s(Re>0&&Re<=z.maxTextureSize&&fe>0&&fe<=z.maxTextureSize,"invalid texture shape"),(_.wrapS!==De||_.wrapT!==De)&&s(an(Re)&&an(fe),"incompatible wrap mode for texture, both width and height must be power of 2"),I.mipmask===1?Re!==1&&fe!==1&&s(_.minFilter!==Ie&&_.minFilter!==je&&_.minFilter!==re&&_.minFilter!==kt,"min filter requires mipmap"):(s(an(Re)&&an(fe),"texture must be a square power of 2 to support mipmapping"),s(I.mipmask===(Re<<1)-1,"missing or incomplete mipmap data")),I.type===In&&(z.extensions.indexOf("oes_texture_float_linear")<0&&s(_.minFilter===pe&&_.magFilter===pe,"filter not supported, must enable oes_texture_float_linear"),s(!_.genMipmaps,"mipmap generation not supported with float textures"));var Ve=I.images;for(de=0;de<16;++de)if(Ve[de]){var Ge=Re>>de,Ke=fe>>de;s(I.mipmask&1<<de,"missing mipmap data");var Qe=Ve[de];if(s(Qe.width===Ge&&Qe.height===Ke,"invalid shape for mip images"),s(Qe.format===I.format&&Qe.internalformat===I.internalformat&&Qe.type===I.type,"incompatible type for mip image"),!Qe.compressed)if(Qe.data){var Je=Math.ceil(cn(Qe.type,Ae)*Ge/Qe.unpackAlignment)*Qe.unpackAlignment;s(Qe.data.byteLength===Je*Ke,"invalid data for image, buffer size is inconsistent with image format")}else Qe.element||Qe.copy}else _.genMipmaps||s((I.mipmask&1<<de)===0,"extra mipmap data");I.compressed&&s(!_.genMipmaps,"mipmap generation for compressed images not supported")}function Yn(_,I,z,de){var Re=_.width,fe=_.height,Ae=_.channels;s(Re>0&&Re<=de.maxTextureSize&&fe>0&&fe<=de.maxTextureSize,"invalid texture shape"),s(Re===fe,"cube map must be square"),s(I.wrapS===De&&I.wrapT===De,"wrap mode not supported by cube map");for(var Ve=0;Ve<z.length;++Ve){var Ge=z[Ve];s(Ge.width===Re&&Ge.height===fe,"inconsistent cube map face shape"),I.genMipmaps&&(s(!Ge.compressed,"can not generate mipmap for compressed textures"),s(Ge.mipmask===1,"can not specify mipmaps and generate mipmaps"));for(var Ke=Ge.images,Qe=0;Qe<16;++Qe){var Je=Ke[Qe];if(Je){var lt=Re>>Qe,He=fe>>Qe;s(Ge.mipmask&1<<Qe,"missing mipmap data"),s(Je.width===lt&&Je.height===He,"invalid shape for mip images"),s(Je.format===_.format&&Je.internalformat===_.internalformat&&Je.type===_.type,"incompatible type for mip image"),Je.compressed||(Je.data?s(Je.data.byteLength===lt*He*Math.max(cn(Je.type,Ae),Je.unpackAlignment),"invalid data for image, buffer size is inconsistent with image format"):Je.element||Je.copy)}}}}var R=e(s,{optional:ye,raise:r,commandRaise:se,command:me,parameter:o,commandParameter:V,constructor:x,type:u,commandType:xe,isTypedArray:c,nni:f,oneOf:h,shaderError:w,linkError:q,callSite:M,saveCommandRef:X,saveDrawInfo:Z,framebufferFormat:ie,guessCommand:C,texture2D:fi,textureCube:Yn}),ri=0,ni=0,K=5,Hn=6;function xn(_,I){this.id=ri++,this.type=_,this.data=I}function Dn(_){return _.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}function et(_){if(_.length===0)return[];var I=_.charAt(0),z=_.charAt(_.length-1);if(_.length>1&&I===z&&(I==='"'||I==="'"))return['"'+Dn(_.substr(1,_.length-2))+'"'];var de=/\[(false|true|null|\d+|'[^']*'|"[^"]*")\]/.exec(_);if(de)return et(_.substr(0,de.index)).concat(et(de[1])).concat(et(_.substr(de.index+de[0].length)));var Re=_.split(".");if(Re.length===1)return['"'+Dn(_)+'"'];for(var fe=[],Ae=0;Ae<Re.length;++Ae)fe=fe.concat(et(Re[Ae]));return fe}function xt(_){return"["+et(_).join("][")+"]"}function Gt(_,I){return new xn(_,xt(I+""))}function Qt(_){return typeof _=="function"&&!_._reglType||_ instanceof xn}function O(_,I){if(typeof _=="function")return new xn(ni,_);if(typeof _=="number"||typeof _=="boolean")return new xn(K,_);if(Array.isArray(_))return new xn(Hn,_.map(function(z,de){return O(z,I+"["+de+"]")}));if(_ instanceof xn)return _;R(!1,"invalid option type in uniform "+I)}var S={DynamicVariable:xn,define:Gt,isDynamic:Qt,unbox:O,accessor:xt},ae={next:typeof requestAnimationFrame=="function"?function(_){return requestAnimationFrame(_)}:function(_){return setTimeout(_,16)},cancel:typeof cancelAnimationFrame=="function"?function(_){return cancelAnimationFrame(_)}:clearTimeout},Ye=typeof performance<"u"&&performance.now?function(){return performance.now()}:function(){return+new Date};function Oe(){var _={"":0},I=[""];return{id:function(z){var de=_[z];return de||(de=_[z]=I.length,I.push(z),de)},str:function(z){return I[z]}}}function ut(_,I,z){var de=document.createElement("canvas");e(de.style,{border:0,margin:0,padding:0,top:0,left:0,width:"100%",height:"100%"}),_.appendChild(de),_===document.body&&(de.style.position="absolute",e(_.style,{margin:0,padding:0}));function Re(){var Ve=window.innerWidth,Ge=window.innerHeight;if(_!==document.body){var Ke=de.getBoundingClientRect();Ve=Ke.right-Ke.left,Ge=Ke.bottom-Ke.top}de.width=z*Ve,de.height=z*Ge}var fe;_!==document.body&&typeof ResizeObserver=="function"?(fe=new ResizeObserver(function(){setTimeout(Re)}),fe.observe(_)):window.addEventListener("resize",Re,!1);function Ae(){fe?fe.disconnect():window.removeEventListener("resize",Re),_.removeChild(de)}return Re(),{canvas:de,onDestroy:Ae}}function ht(_,I){function z(de){try{return _.getContext(de,I)}catch{return null}}return z("webgl")||z("experimental-webgl")||z("webgl-experimental")}function we(_){return typeof _.nodeName=="string"&&typeof _.appendChild=="function"&&typeof _.getBoundingClientRect=="function"}function Ne(_){return typeof _.drawArrays=="function"||typeof _.drawElements=="function"}function Te(_){return typeof _=="string"?_.split():(R(Array.isArray(_),"invalid extension array"),_)}function U(_){return typeof _=="string"?(R(typeof document<"u","not supported outside of DOM"),document.querySelector(_)):_}function he(_){var I=_||{},z,de,Re,fe,Ae={},Ve=[],Ge=[],Ke=typeof window>"u"?1:window.devicePixelRatio,Qe=!1,Je=function(Ze){Ze&&R.raise(Ze)},lt=function(){};if(typeof I=="string"?(R(typeof document<"u","selector queries only supported in DOM environments"),z=document.querySelector(I),R(z,"invalid query string for element")):typeof I=="object"?we(I)?z=I:Ne(I)?(fe=I,Re=fe.canvas):(R.constructor(I),"gl"in I?fe=I.gl:"canvas"in I?Re=U(I.canvas):"container"in I&&(de=U(I.container)),"attributes"in I&&(Ae=I.attributes,R.type(Ae,"object","invalid context attributes")),"extensions"in I&&(Ve=Te(I.extensions)),"optionalExtensions"in I&&(Ge=Te(I.optionalExtensions)),"onDone"in I&&(R.type(I.onDone,"function","invalid or missing onDone callback"),Je=I.onDone),"profile"in I&&(Qe=!!I.profile),"pixelRatio"in I&&(Ke=+I.pixelRatio,R(Ke>0,"invalid pixel ratio"))):R.raise("invalid arguments to regl"),z&&(z.nodeName.toLowerCase()==="canvas"?Re=z:de=z),!fe){if(!Re){R(typeof document<"u","must manually specify webgl context outside of DOM environments");var He=ut(de||document.body,Je,Ke);if(!He)return null;Re=He.canvas,lt=He.onDestroy}Ae.premultipliedAlpha===void 0&&(Ae.premultipliedAlpha=!0),fe=ht(Re,Ae)}return fe?{gl:fe,canvas:Re,container:de,extensions:Ve,optionalExtensions:Ge,pixelRatio:Ke,profile:Qe,onDone:Je,onDestroy:lt}:(lt(),Je("webgl not supported, try upgrading your browser or graphics drivers http://get.webgl.org"),null)}function le(_,I){var z={};function de(Ae){R.type(Ae,"string","extension name must be string");var Ve=Ae.toLowerCase(),Ge;try{Ge=z[Ve]=_.getExtension(Ve)}catch{}return!!Ge}for(var Re=0;Re<I.extensions.length;++Re){var fe=I.extensions[Re];if(!de(fe))return I.onDestroy(),I.onDone('"'+fe+'" extension is not supported by the current WebGL context, try upgrading your system or a different browser'),null}return I.optionalExtensions.forEach(de),{extensions:z,restore:function(){Object.keys(z).forEach(function(Ae){if(z[Ae]&&!de(Ae))throw new Error("(regl): error restoring extension "+Ae)})}}}function Pe(_,I){for(var z=Array(_),de=0;de<_;++de)z[de]=I(de);return z}var Ue=5120,ke=5121,tt=5122,Ht=5123,ze=5124,Pt=5125,Zt=5126;function rt(_){for(var I=16;I<=1<<28;I*=16)if(_<=I)return I;return 0}function hn(_){var I,z;return I=(_>65535)<<4,_>>>=I,z=(_>255)<<3,_>>>=z,I|=z,z=(_>15)<<2,_>>>=z,I|=z,z=(_>3)<<1,_>>>=z,I|=z,I|_>>1}function Kn(){var _=Pe(8,function(){return[]});function I(fe){var Ae=rt(fe),Ve=_[hn(Ae)>>2];return Ve.length>0?Ve.pop():new ArrayBuffer(Ae)}function z(fe){_[hn(fe.byteLength)>>2].push(fe)}function de(fe,Ae){var Ve=null;switch(fe){case Ue:Ve=new Int8Array(I(Ae),0,Ae);break;case ke:Ve=new Uint8Array(I(Ae),0,Ae);break;case tt:Ve=new Int16Array(I(2*Ae),0,Ae);break;case Ht:Ve=new Uint16Array(I(2*Ae),0,Ae);break;case ze:Ve=new Int32Array(I(4*Ae),0,Ae);break;case Pt:Ve=new Uint32Array(I(4*Ae),0,Ae);break;case Zt:Ve=new Float32Array(I(4*Ae),0,Ae);break;default:return null}return Ve.length!==Ae?Ve.subarray(0,Ae):Ve}function Re(fe){z(fe.buffer)}return{alloc:I,free:z,allocType:de,freeType:Re}}var An=Kn();An.zero=Kn();var Ur=3408,Ts=3410,ws=3411,Cs=3412,Qs=3413,Xi=3414,fr=3415,Qi=33901,$i=33902,ns=3379,is=3386,rs=34921,Br=36347,ss=36348,as=35661,os=35660,$a=34930,Wn=36349,kr=34076,Rs=34024,A=7936,Y=7937,Se=7938,ue=35724,_e=34047,dt=36063,$t=34852,pt=3553,zt=34067,jt=34069,on=33984,mn=6408,Wt=5126,Tn=5121,Jn=36160,zn=36053,Un=36064,hi=16384,qt=function(_,I){var z=1;I.ext_texture_filter_anisotropic&&(z=_.getParameter(_e));var de=1,Re=1;I.webgl_draw_buffers&&(de=_.getParameter($t),Re=_.getParameter(dt));var fe=!!I.oes_texture_float;if(fe){var Ae=_.createTexture();_.bindTexture(pt,Ae),_.texImage2D(pt,0,mn,1,1,0,mn,Wt,null);var Ve=_.createFramebuffer();if(_.bindFramebuffer(Jn,Ve),_.framebufferTexture2D(Jn,Un,pt,Ae,0),_.bindTexture(pt,null),_.checkFramebufferStatus(Jn)!==zn)fe=!1;else{_.viewport(0,0,1,1),_.clearColor(1,0,0,1),_.clear(hi);var Ge=An.allocType(Wt,4);_.readPixels(0,0,1,1,mn,Wt,Ge),_.getError()?fe=!1:(_.deleteFramebuffer(Ve),_.deleteTexture(Ae),fe=Ge[0]===1),An.freeType(Ge)}}var Ke=typeof navigator<"u"&&(/MSIE/.test(navigator.userAgent)||/Trident\//.test(navigator.appVersion)||/Edge/.test(navigator.userAgent)),Qe=!0;if(!Ke){var Je=_.createTexture(),lt=An.allocType(Tn,36);_.activeTexture(on),_.bindTexture(zt,Je),_.texImage2D(jt,0,mn,3,3,0,mn,Tn,lt),An.freeType(lt),_.bindTexture(zt,null),_.deleteTexture(Je),Qe=!_.getError()}return{colorBits:[_.getParameter(Ts),_.getParameter(ws),_.getParameter(Cs),_.getParameter(Qs)],depthBits:_.getParameter(Xi),stencilBits:_.getParameter(fr),subpixelBits:_.getParameter(Ur),extensions:Object.keys(I).filter(function(He){return!!I[He]}),maxAnisotropic:z,maxDrawbuffers:de,maxColorAttachments:Re,pointSizeDims:_.getParameter(Qi),lineWidthDims:_.getParameter($i),maxViewportDims:_.getParameter(is),maxCombinedTextureUnits:_.getParameter(as),maxCubeMapSize:_.getParameter(kr),maxRenderbufferSize:_.getParameter(Rs),maxTextureUnits:_.getParameter($a),maxTextureSize:_.getParameter(ns),maxAttributes:_.getParameter(rs),maxVertexUniforms:_.getParameter(Br),maxVertexTextureUnits:_.getParameter(os),maxVaryingVectors:_.getParameter(ss),maxFragmentUniforms:_.getParameter(Wn),glsl:_.getParameter(ue),renderer:_.getParameter(Y),vendor:_.getParameter(A),version:_.getParameter(Se),readFloat:fe,npotTextureCube:Qe}};function Xn(_){return!!_&&typeof _=="object"&&Array.isArray(_.shape)&&Array.isArray(_.stride)&&typeof _.offset=="number"&&_.shape.length===_.stride.length&&(Array.isArray(_.data)||n(_.data))}var vn=function(_){return Object.keys(_).map(function(I){return _[I]})},bi={shape:si,flatten:pn};function li(_,I,z){for(var de=0;de<I;++de)z[de]=_[de]}function Hi(_,I,z,de){for(var Re=0,fe=0;fe<I;++fe)for(var Ae=_[fe],Ve=0;Ve<z;++Ve)de[Re++]=Ae[Ve]}function Ui(_,I,z,de,Re,fe){for(var Ae=fe,Ve=0;Ve<I;++Ve)for(var Ge=_[Ve],Ke=0;Ke<z;++Ke)for(var Qe=Ge[Ke],Je=0;Je<de;++Je)Re[Ae++]=Qe[Je]}function er(_,I,z,de,Re){for(var fe=1,Ae=z+1;Ae<I.length;++Ae)fe*=I[Ae];var Ve=I[z];if(I.length-z===4){var Ge=I[z+1],Ke=I[z+2],Qe=I[z+3];for(Ae=0;Ae<Ve;++Ae)Ui(_[Ae],Ge,Ke,Qe,de,Re),Re+=fe}else for(Ae=0;Ae<Ve;++Ae)er(_[Ae],I,z+1,de,Re),Re+=fe}function pn(_,I,z,de){var Re=1;if(I.length)for(var fe=0;fe<I.length;++fe)Re*=I[fe];else Re=0;var Ae=de||An.allocType(z,Re);switch(I.length){case 0:break;case 1:li(_,I[0],Ae);break;case 2:Hi(_,I[0],I[1],Ae);break;case 3:Ui(_,I[0],I[1],I[2],Ae,0);break;default:er(_,I,0,Ae,0)}return Ae}function si(_){for(var I=[],z=_;z.length;z=z[0])I.push(z.length);return I}var Mi={"[object Int8Array]":5120,"[object Int16Array]":5122,"[object Int32Array]":5124,"[object Uint8Array]":5121,"[object Uint8ClampedArray]":5121,"[object Uint16Array]":5123,"[object Uint32Array]":5125,"[object Float32Array]":5126,"[object Float64Array]":5121,"[object ArrayBuffer]":5121},Gn=5120,Qn=5122,qn=5124,zr=5121,Bi=5123,xi=5125,Ya=5126,qa=5126,dr={int8:Gn,int16:Qn,int32:qn,uint8:zr,uint16:Bi,uint32:xi,float:Ya,float32:qa},Za=35048,Wu=35040,ja={dynamic:Za,stream:Wu,static:35044},Vl=bi.flatten,Ar=bi.shape,Hl=35044,Wl=35040,Ka=5121,No=5126,ls=[];ls[5120]=1,ls[5122]=2,ls[5124]=4,ls[5121]=1,ls[5123]=2,ls[5125]=4,ls[5126]=4;function Oo(_){return Mi[Object.prototype.toString.call(_)]|0}function Ja(_,I){for(var z=0;z<I.length;++z)_[z]=I[z]}function ea(_,I,z,de,Re,fe,Ae){for(var Ve=0,Ge=0;Ge<z;++Ge)for(var Ke=0;Ke<de;++Ke)_[Ve++]=I[Re*Ge+fe*Ke+Ae]}function Is(_,I,z,de){var Re=0,fe={};function Ae(ee){this.id=Re++,this.buffer=_.createBuffer(),this.type=ee,this.usage=Hl,this.byteLength=0,this.dimension=1,this.dtype=Ka,this.persistentData=null,z.profile&&(this.stats={size:0})}Ae.prototype.bind=function(){_.bindBuffer(this.type,this.buffer)},Ae.prototype.destroy=function(){lt(this)};var Ve=[];function Ge(ee,ve){var qe=Ve.pop();return qe||(qe=new Ae(ee)),qe.bind(),Je(qe,ve,Wl,0,1,!1),qe}function Ke(ee){Ve.push(ee)}function Qe(ee,ve,qe){ee.byteLength=ve.byteLength,_.bufferData(ee.type,ve,qe)}function Je(ee,ve,qe,Tt,Be,Mt){var vt;if(ee.usage=qe,Array.isArray(ve)){if(ee.dtype=Tt||No,ve.length>0){var Jt;if(Array.isArray(ve[0])){vt=Ar(ve);for(var Le=1,Ce=1;Ce<vt.length;++Ce)Le*=vt[Ce];ee.dimension=Le,Jt=Vl(ve,vt,ee.dtype),Qe(ee,Jt,qe),Mt?ee.persistentData=Jt:An.freeType(Jt)}else if(typeof ve[0]=="number"){ee.dimension=Be;var Lt=An.allocType(ee.dtype,ve.length);Ja(Lt,ve),Qe(ee,Lt,qe),Mt?ee.persistentData=Lt:An.freeType(Lt)}else n(ve[0])?(ee.dimension=ve[0].length,ee.dtype=Tt||Oo(ve[0])||No,Jt=Vl(ve,[ve.length,ve[0].length],ee.dtype),Qe(ee,Jt,qe),Mt?ee.persistentData=Jt:An.freeType(Jt)):R.raise("invalid buffer data")}}else if(n(ve))ee.dtype=Tt||Oo(ve),ee.dimension=Be,Qe(ee,ve,qe),Mt&&(ee.persistentData=new Uint8Array(new Uint8Array(ve.buffer)));else if(Xn(ve)){vt=ve.shape;var ct=ve.stride,$e=ve.offset,mt=0,_t=0,fn=0,ln=0;vt.length===1?(mt=vt[0],_t=1,fn=ct[0],ln=0):vt.length===2?(mt=vt[0],_t=vt[1],fn=ct[0],ln=ct[1]):R.raise("invalid shape"),ee.dtype=Tt||Oo(ve.data)||No,ee.dimension=_t;var yt=An.allocType(ee.dtype,mt*_t);ea(yt,ve.data,mt,_t,fn,ln,$e),Qe(ee,yt,qe),Mt?ee.persistentData=yt:An.freeType(yt)}else ve instanceof ArrayBuffer?(ee.dtype=Ka,ee.dimension=Be,Qe(ee,ve,qe),Mt&&(ee.persistentData=new Uint8Array(new Uint8Array(ve)))):R.raise("invalid buffer data")}function lt(ee){I.bufferCount--,de(ee);var ve=ee.buffer;R(ve,"buffer must not be deleted already"),_.deleteBuffer(ve),ee.buffer=null,delete fe[ee.id]}function He(ee,ve,qe,Tt){I.bufferCount++;var Be=new Ae(ve);fe[Be.id]=Be;function Mt(Le){var Ce=Hl,Lt=null,ct=0,$e=0,mt=1;return Array.isArray(Le)||n(Le)||Xn(Le)||Le instanceof ArrayBuffer?Lt=Le:typeof Le=="number"?ct=Le|0:Le&&(R.type(Le,"object","buffer arguments must be an object, a number or an array"),"data"in Le&&(R(Lt===null||Array.isArray(Lt)||n(Lt)||Xn(Lt),"invalid data for buffer"),Lt=Le.data),"usage"in Le&&(R.parameter(Le.usage,ja,"invalid buffer usage"),Ce=ja[Le.usage]),"type"in Le&&(R.parameter(Le.type,dr,"invalid buffer type"),$e=dr[Le.type]),"dimension"in Le&&(R.type(Le.dimension,"number","invalid dimension"),mt=Le.dimension|0),"length"in Le&&(R.nni(ct,"buffer length must be a nonnegative integer"),ct=Le.length|0)),Be.bind(),Lt?Je(Be,Lt,Ce,$e,mt,Tt):(ct&&_.bufferData(Be.type,ct,Ce),Be.dtype=$e||Ka,Be.usage=Ce,Be.dimension=mt,Be.byteLength=ct),z.profile&&(Be.stats.size=Be.byteLength*ls[Be.dtype]),Mt}function vt(Le,Ce){R(Ce+Le.byteLength<=Be.byteLength,"invalid buffer subdata call, buffer is too small.  Can't write data of size "+Le.byteLength+" starting from offset "+Ce+" to a buffer of size "+Be.byteLength),_.bufferSubData(Be.type,Ce,Le)}function Jt(Le,Ce){var Lt=(Ce||0)|0,ct;if(Be.bind(),n(Le)||Le instanceof ArrayBuffer)vt(Le,Lt);else if(Array.isArray(Le)){if(Le.length>0)if(typeof Le[0]=="number"){var $e=An.allocType(Be.dtype,Le.length);Ja($e,Le),vt($e,Lt),An.freeType($e)}else if(Array.isArray(Le[0])||n(Le[0])){ct=Ar(Le);var mt=Vl(Le,ct,Be.dtype);vt(mt,Lt),An.freeType(mt)}else R.raise("invalid buffer data")}else if(Xn(Le)){ct=Le.shape;var _t=Le.stride,fn=0,ln=0,yt=0,Et=0;ct.length===1?(fn=ct[0],ln=1,yt=_t[0],Et=0):ct.length===2?(fn=ct[0],ln=ct[1],yt=_t[0],Et=_t[1]):R.raise("invalid shape");var nn=Array.isArray(Le.data)?Be.dtype:Oo(Le.data),un=An.allocType(nn,fn*ln);ea(un,Le.data,fn,ln,yt,Et,Le.offset),vt(un,Lt),An.freeType(un)}else R.raise("invalid data for buffer subdata");return Mt}return qe||Mt(ee),Mt._reglType="buffer",Mt._buffer=Be,Mt.subdata=Jt,z.profile&&(Mt.stats=Be.stats),Mt.destroy=function(){lt(Be)},Mt}function Ze(){vn(fe).forEach(function(ee){ee.buffer=_.createBuffer(),_.bindBuffer(ee.type,ee.buffer),_.bufferData(ee.type,ee.persistentData||ee.byteLength,ee.usage)})}return z.profile&&(I.getTotalBufferSize=function(){var ee=0;return Object.keys(fe).forEach(function(ve){ee+=fe[ve].stats.size}),ee}),{create:He,createStream:Ge,destroyStream:Ke,clear:function(){vn(fe).forEach(lt),Ve.forEach(lt)},getBuffer:function(ee){return ee&&ee._buffer instanceof Ae?ee._buffer:null},restore:Ze,_initBuffer:Je}}var Ps=0,Cp=0,Fo=1,Rp=1,ta=4,Ip=4,or={points:Ps,point:Cp,lines:Fo,line:Rp,triangles:ta,triangle:Ip,"line loop":2,"line strip":3,"triangle strip":5,"triangle fan":6},Xl=0,Pp=1,na=4,ai=5120,ia=5121,ra=5122,sa=5123,$l=5124,Gr=5125,Uo=34963,Xu=35040,$u=35044;function Yu(_,I,z,de){var Re={},fe=0,Ae={uint8:ia,uint16:sa};I.oes_element_index_uint&&(Ae.uint32=Gr);function Ve(Ze){this.id=fe++,Re[this.id]=this,this.buffer=Ze,this.primType=na,this.vertCount=0,this.type=0}Ve.prototype.bind=function(){this.buffer.bind()};var Ge=[];function Ke(Ze){var ee=Ge.pop();return ee||(ee=new Ve(z.create(null,Uo,!0,!1)._buffer)),Je(ee,Ze,Xu,-1,-1,0,0),ee}function Qe(Ze){Ge.push(Ze)}function Je(Ze,ee,ve,qe,Tt,Be,Mt){Ze.buffer.bind();var vt;if(ee){var Jt=Mt;!Mt&&(!n(ee)||Xn(ee)&&!n(ee.data))&&(Jt=I.oes_element_index_uint?Gr:sa),z._initBuffer(Ze.buffer,ee,ve,Jt,3)}else _.bufferData(Uo,Be,ve),Ze.buffer.dtype=vt||ia,Ze.buffer.usage=ve,Ze.buffer.dimension=3,Ze.buffer.byteLength=Be;if(vt=Mt,!Mt){switch(Ze.buffer.dtype){case ia:case ai:vt=ia;break;case sa:case ra:vt=sa;break;case Gr:case $l:vt=Gr;break;default:R.raise("unsupported type for element array")}Ze.buffer.dtype=vt}Ze.type=vt,R(vt!==Gr||!!I.oes_element_index_uint,"32 bit element buffers not supported, enable oes_element_index_uint first");var Le=Tt;Le<0&&(Le=Ze.buffer.byteLength,vt===sa?Le>>=1:vt===Gr&&(Le>>=2)),Ze.vertCount=Le;var Ce=qe;if(qe<0){Ce=na;var Lt=Ze.buffer.dimension;Lt===1&&(Ce=Xl),Lt===2&&(Ce=Pp),Lt===3&&(Ce=na)}Ze.primType=Ce}function lt(Ze){de.elementsCount--,R(Ze.buffer!==null,"must not double destroy elements"),delete Re[Ze.id],Ze.buffer.destroy(),Ze.buffer=null}function He(Ze,ee){var ve=z.create(null,Uo,!0),qe=new Ve(ve._buffer);de.elementsCount++;function Tt(Be){if(!Be)ve(),qe.primType=na,qe.vertCount=0,qe.type=ia;else if(typeof Be=="number")ve(Be),qe.primType=na,qe.vertCount=Be|0,qe.type=ia;else{var Mt=null,vt=$u,Jt=-1,Le=-1,Ce=0,Lt=0;Array.isArray(Be)||n(Be)||Xn(Be)?Mt=Be:(R.type(Be,"object","invalid arguments for elements"),"data"in Be&&(Mt=Be.data,R(Array.isArray(Mt)||n(Mt)||Xn(Mt),"invalid data for element buffer")),"usage"in Be&&(R.parameter(Be.usage,ja,"invalid element buffer usage"),vt=ja[Be.usage]),"primitive"in Be&&(R.parameter(Be.primitive,or,"invalid element buffer primitive"),Jt=or[Be.primitive]),"count"in Be&&(R(typeof Be.count=="number"&&Be.count>=0,"invalid vertex count for elements"),Le=Be.count|0),"type"in Be&&(R.parameter(Be.type,Ae,"invalid buffer type"),Lt=Ae[Be.type]),"length"in Be?Ce=Be.length|0:(Ce=Le,Lt===sa||Lt===ra?Ce*=2:(Lt===Gr||Lt===$l)&&(Ce*=4))),Je(qe,Mt,vt,Jt,Le,Ce,Lt)}return Tt}return Tt(Ze),Tt._reglType="elements",Tt._elements=qe,Tt.subdata=function(Be,Mt){return ve.subdata(Be,Mt),Tt},Tt.destroy=function(){lt(qe)},Tt}return{create:He,createStream:Ke,destroyStream:Qe,getElements:function(Ze){return typeof Ze=="function"&&Ze._elements instanceof Ve?Ze._elements:null},clear:function(){vn(Re).forEach(lt)}}}var Bo=new Float32Array(1),Yl=new Uint32Array(Bo.buffer),ql=5123;function qu(_){for(var I=An.allocType(ql,_.length),z=0;z<_.length;++z)if(isNaN(_[z]))I[z]=65535;else if(_[z]===1/0)I[z]=31744;else if(_[z]===-1/0)I[z]=64512;else{Bo[0]=_[z];var de=Yl[0],Re=de>>>31<<15,fe=(de<<1>>>24)-127,Ae=de>>13&1023;if(fe<-24)I[z]=Re;else if(fe<-14){var Ve=-14-fe;I[z]=Re+(Ae+1024>>Ve)}else fe>15?I[z]=Re+31744:I[z]=Re+(fe+15<<10)+Ae}return I}function ii(_){return Array.isArray(_)||n(_)}var Zu=function(_){return!(_&_-1)&&!!_},Zl=34467,Tr=3553,jl=34067,ko=34069,Ls=6408,wr=6406,aa=6407,Ds=6409,oa=6410,zo=32854,Kl=32855,ju=36194,Jl=32819,Ql=32820,Lp=33635,ec=34042,Qa=6402,Go=34041,tc=35904,nc=35906,la=36193,ic=33776,rc=33777,sc=33778,ac=33779,Ku=35986,Ju=35987,Qu=34798,eh=35840,th=35841,nh=35842,ih=35843,Vo=36196,ca=5121,oc=5123,lc=5125,ua=5126,Dp=10242,Np=10243,Op=10497,eo=33071,cc=33648,uc=10240,hc=10241,Ho=9728,rh=9729,Wo=9984,Vr=9985,fc=9986,Ns=9987,Fp=33170,Xo=4352,Up=4353,Bp=4354,kp=34046,zp=3317,Gp=37440,Vp=37441,Hp=37443,sh=37444,to=33984,Wp=[Wo,fc,Vr,Ns],$o=[0,Ds,oa,aa,Ls],lr={};lr[Ds]=lr[wr]=lr[Qa]=1,lr[Go]=lr[oa]=2,lr[aa]=lr[tc]=3,lr[Ls]=lr[nc]=4;function ha(_){return"[object "+_+"]"}var cs=ha("HTMLCanvasElement"),ah=ha("OffscreenCanvas"),oh=ha("CanvasRenderingContext2D"),lh=ha("ImageBitmap"),ch=ha("HTMLImageElement"),uh=ha("HTMLVideoElement"),Xp=Object.keys(Mi).concat([cs,ah,oh,lh,ch,uh]),fa=[];fa[ca]=1,fa[ua]=4,fa[la]=2,fa[oc]=2,fa[lc]=4;var Ci=[];Ci[zo]=2,Ci[Kl]=2,Ci[ju]=2,Ci[Go]=4,Ci[ic]=.5,Ci[rc]=.5,Ci[sc]=1,Ci[ac]=1,Ci[Ku]=.5,Ci[Ju]=1,Ci[Qu]=1,Ci[eh]=.5,Ci[th]=.25,Ci[nh]=.5,Ci[ih]=.25,Ci[Vo]=.5;function hh(_){return Array.isArray(_)&&(_.length===0||typeof _[0]=="number")}function fh(_){if(!Array.isArray(_))return!1;var I=_.length;return!(I===0||!ii(_[0]))}function us(_){return Object.prototype.toString.call(_)}function Yo(_){return us(_)===cs}function dc(_){return us(_)===ah}function $p(_){return us(_)===oh}function Yp(_){return us(_)===lh}function qp(_){return us(_)===ch}function dh(_){return us(_)===uh}function qo(_){if(!_)return!1;var I=us(_);return Xp.indexOf(I)>=0?!0:hh(_)||fh(_)||Xn(_)}function ph(_){return Mi[Object.prototype.toString.call(_)]|0}function Zp(_,I){var z=I.length;switch(_.type){case ca:case oc:case lc:case ua:var de=An.allocType(_.type,z);de.set(I),_.data=de;break;case la:_.data=qu(I);break;default:R.raise("unsupported texture type, must specify a typed array")}}function mh(_,I){return An.allocType(_.type===la?ua:_.type,I)}function gh(_,I){_.type===la?(_.data=qu(I),An.freeType(I)):_.data=I}function jp(_,I,z,de,Re,fe){for(var Ae=_.width,Ve=_.height,Ge=_.channels,Ke=Ae*Ve*Ge,Qe=mh(_,Ke),Je=0,lt=0;lt<Ve;++lt)for(var He=0;He<Ae;++He)for(var Ze=0;Ze<Ge;++Ze)Qe[Je++]=I[z*He+de*lt+Re*Ze+fe];gh(_,Qe)}function Zo(_,I,z,de,Re,fe){var Ae;if(typeof Ci[_]<"u"?Ae=Ci[_]:Ae=lr[_]*fa[I],fe&&(Ae*=6),Re){for(var Ve=0,Ge=z;Ge>=1;)Ve+=Ae*Ge*Ge,Ge/=2;return Ve}else return Ae*z*de}function no(_,I,z,de,Re,fe,Ae){var Ve={"don't care":Xo,"dont care":Xo,nice:Bp,fast:Up},Ge={repeat:Op,clamp:eo,mirror:cc},Ke={nearest:Ho,linear:rh},Qe=e({mipmap:Ns,"nearest mipmap nearest":Wo,"linear mipmap nearest":Vr,"nearest mipmap linear":fc,"linear mipmap linear":Ns},Ke),Je={none:0,browser:sh},lt={uint8:ca,rgba4:Jl,rgb565:Lp,"rgb5 a1":Ql},He={alpha:wr,luminance:Ds,"luminance alpha":oa,rgb:aa,rgba:Ls,rgba4:zo,"rgb5 a1":Kl,rgb565:ju},Ze={};I.ext_srgb&&(He.srgb=tc,He.srgba=nc),I.oes_texture_float&&(lt.float32=lt.float=ua),I.oes_texture_half_float&&(lt.float16=lt["half float"]=la),I.webgl_depth_texture&&(e(He,{depth:Qa,"depth stencil":Go}),e(lt,{uint16:oc,uint32:lc,"depth stencil":ec})),I.webgl_compressed_texture_s3tc&&e(Ze,{"rgb s3tc dxt1":ic,"rgba s3tc dxt1":rc,"rgba s3tc dxt3":sc,"rgba s3tc dxt5":ac}),I.webgl_compressed_texture_atc&&e(Ze,{"rgb atc":Ku,"rgba atc explicit alpha":Ju,"rgba atc interpolated alpha":Qu}),I.webgl_compressed_texture_pvrtc&&e(Ze,{"rgb pvrtc 4bppv1":eh,"rgb pvrtc 2bppv1":th,"rgba pvrtc 4bppv1":nh,"rgba pvrtc 2bppv1":ih}),I.webgl_compressed_texture_etc1&&(Ze["rgb etc1"]=Vo);var ee=Array.prototype.slice.call(_.getParameter(Zl));Object.keys(Ze).forEach(function(k){var ge=Ze[k];ee.indexOf(ge)>=0&&(He[k]=ge)});var ve=Object.keys(He);z.textureFormats=ve;var qe=[];Object.keys(He).forEach(function(k){var ge=He[k];qe[ge]=k});var Tt=[];Object.keys(lt).forEach(function(k){var ge=lt[k];Tt[ge]=k});var Be=[];Object.keys(Ke).forEach(function(k){var ge=Ke[k];Be[ge]=k});var Mt=[];Object.keys(Qe).forEach(function(k){var ge=Qe[k];Mt[ge]=k});var vt=[];Object.keys(Ge).forEach(function(k){var ge=Ge[k];vt[ge]=k});var Jt=ve.reduce(function(k,ge){var ce=He[ge];return ce===Ds||ce===wr||ce===Ds||ce===oa||ce===Qa||ce===Go||I.ext_srgb&&(ce===tc||ce===nc)?k[ce]=ce:ce===Kl||ge.indexOf("rgba")>=0?k[ce]=Ls:k[ce]=aa,k},{});function Le(){this.internalformat=Ls,this.format=Ls,this.type=ca,this.compressed=!1,this.premultiplyAlpha=!1,this.flipY=!1,this.unpackAlignment=1,this.colorSpace=sh,this.width=0,this.height=0,this.channels=0}function Ce(k,ge){k.internalformat=ge.internalformat,k.format=ge.format,k.type=ge.type,k.compressed=ge.compressed,k.premultiplyAlpha=ge.premultiplyAlpha,k.flipY=ge.flipY,k.unpackAlignment=ge.unpackAlignment,k.colorSpace=ge.colorSpace,k.width=ge.width,k.height=ge.height,k.channels=ge.channels}function Lt(k,ge){if(!(typeof ge!="object"||!ge)){if("premultiplyAlpha"in ge&&(R.type(ge.premultiplyAlpha,"boolean","invalid premultiplyAlpha"),k.premultiplyAlpha=ge.premultiplyAlpha),"flipY"in ge&&(R.type(ge.flipY,"boolean","invalid texture flip"),k.flipY=ge.flipY),"alignment"in ge&&(R.oneOf(ge.alignment,[1,2,4,8],"invalid texture unpack alignment"),k.unpackAlignment=ge.alignment),"colorSpace"in ge&&(R.parameter(ge.colorSpace,Je,"invalid colorSpace"),k.colorSpace=Je[ge.colorSpace]),"type"in ge){var ce=ge.type;R(I.oes_texture_float||!(ce==="float"||ce==="float32"),"you must enable the OES_texture_float extension in order to use floating point textures."),R(I.oes_texture_half_float||!(ce==="half float"||ce==="float16"),"you must enable the OES_texture_half_float extension in order to use 16-bit floating point textures."),R(I.webgl_depth_texture||!(ce==="uint16"||ce==="uint32"||ce==="depth stencil"),"you must enable the WEBGL_depth_texture extension in order to use depth/stencil textures."),R.parameter(ce,lt,"invalid texture type"),k.type=lt[ce]}var It=k.width,Sn=k.height,N=k.channels,T=!1;"shape"in ge?(R(Array.isArray(ge.shape)&&ge.shape.length>=2,"shape must be an array"),It=ge.shape[0],Sn=ge.shape[1],ge.shape.length===3&&(N=ge.shape[2],R(N>0&&N<=4,"invalid number of channels"),T=!0),R(It>=0&&It<=z.maxTextureSize,"invalid width"),R(Sn>=0&&Sn<=z.maxTextureSize,"invalid height")):("radius"in ge&&(It=Sn=ge.radius,R(It>=0&&It<=z.maxTextureSize,"invalid radius")),"width"in ge&&(It=ge.width,R(It>=0&&It<=z.maxTextureSize,"invalid width")),"height"in ge&&(Sn=ge.height,R(Sn>=0&&Sn<=z.maxTextureSize,"invalid height")),"channels"in ge&&(N=ge.channels,R(N>0&&N<=4,"invalid number of channels"),T=!0)),k.width=It|0,k.height=Sn|0,k.channels=N|0;var H=!1;if("format"in ge){var J=ge.format;R(I.webgl_depth_texture||!(J==="depth"||J==="depth stencil"),"you must enable the WEBGL_depth_texture extension in order to use depth/stencil textures."),R.parameter(J,He,"invalid texture format");var te=k.internalformat=He[J];k.format=Jt[te],J in lt&&("type"in ge||(k.type=lt[J])),J in Ze&&(k.compressed=!0),H=!0}!T&&H?k.channels=lr[k.format]:T&&!H?k.channels!==$o[k.format]&&(k.format=k.internalformat=$o[k.channels]):H&&T&&R(k.channels===lr[k.format],"number of channels inconsistent with specified format")}}function ct(k){_.pixelStorei(Gp,k.flipY),_.pixelStorei(Vp,k.premultiplyAlpha),_.pixelStorei(Hp,k.colorSpace),_.pixelStorei(zp,k.unpackAlignment)}function $e(){Le.call(this),this.xOffset=0,this.yOffset=0,this.data=null,this.needsFree=!1,this.element=null,this.needsCopy=!1}function mt(k,ge){var ce=null;if(qo(ge)?ce=ge:ge&&(R.type(ge,"object","invalid pixel data type"),Lt(k,ge),"x"in ge&&(k.xOffset=ge.x|0),"y"in ge&&(k.yOffset=ge.y|0),qo(ge.data)&&(ce=ge.data)),R(!k.compressed||ce instanceof Uint8Array,"compressed texture data must be stored in a uint8array"),ge.copy){R(!ce,"can not specify copy and data field for the same texture");var It=Re.viewportWidth,Sn=Re.viewportHeight;k.width=k.width||It-k.xOffset,k.height=k.height||Sn-k.yOffset,k.needsCopy=!0,R(k.xOffset>=0&&k.xOffset<It&&k.yOffset>=0&&k.yOffset<Sn&&k.width>0&&k.width<=It&&k.height>0&&k.height<=Sn,"copy texture read out of bounds")}else if(!ce)k.width=k.width||1,k.height=k.height||1,k.channels=k.channels||4;else if(n(ce))k.channels=k.channels||4,k.data=ce,!("type"in ge)&&k.type===ca&&(k.type=ph(ce));else if(hh(ce))k.channels=k.channels||4,Zp(k,ce),k.alignment=1,k.needsFree=!0;else if(Xn(ce)){var N=ce.data;!Array.isArray(N)&&k.type===ca&&(k.type=ph(N));var T=ce.shape,H=ce.stride,J,te,$,W,j,P;T.length===3?($=T[2],P=H[2]):(R(T.length===2,"invalid ndarray pixel data, must be 2 or 3D"),$=1,P=1),J=T[0],te=T[1],W=H[0],j=H[1],k.alignment=1,k.width=J,k.height=te,k.channels=$,k.format=k.internalformat=$o[$],k.needsFree=!0,jp(k,N,W,j,P,ce.offset)}else if(Yo(ce)||dc(ce)||$p(ce))Yo(ce)||dc(ce)?k.element=ce:k.element=ce.canvas,k.width=k.element.width,k.height=k.element.height,k.channels=4;else if(Yp(ce))k.element=ce,k.width=ce.width,k.height=ce.height,k.channels=4;else if(qp(ce))k.element=ce,k.width=ce.naturalWidth,k.height=ce.naturalHeight,k.channels=4;else if(dh(ce))k.element=ce,k.width=ce.videoWidth,k.height=ce.videoHeight,k.channels=4;else if(fh(ce)){var G=k.width||ce[0].length,B=k.height||ce.length,ne=k.channels;ii(ce[0][0])?ne=ne||ce[0][0].length:ne=ne||1;for(var oe=bi.shape(ce),Fe=1,at=0;at<oe.length;++at)Fe*=oe[at];var ot=mh(k,Fe);bi.flatten(ce,oe,"",ot),gh(k,ot),k.alignment=1,k.width=G,k.height=B,k.channels=ne,k.format=k.internalformat=$o[ne],k.needsFree=!0}k.type===ua?R(z.extensions.indexOf("oes_texture_float")>=0,"oes_texture_float extension not enabled"):k.type===la&&R(z.extensions.indexOf("oes_texture_half_float")>=0,"oes_texture_half_float extension not enabled")}function _t(k,ge,ce){var It=k.element,Sn=k.data,N=k.internalformat,T=k.format,H=k.type,J=k.width,te=k.height;ct(k),It?_.texImage2D(ge,ce,T,T,H,It):k.compressed?_.compressedTexImage2D(ge,ce,N,J,te,0,Sn):k.needsCopy?(de(),_.copyTexImage2D(ge,ce,T,k.xOffset,k.yOffset,J,te,0)):_.texImage2D(ge,ce,T,J,te,0,T,H,Sn||null)}function fn(k,ge,ce,It,Sn){var N=k.element,T=k.data,H=k.internalformat,J=k.format,te=k.type,$=k.width,W=k.height;ct(k),N?_.texSubImage2D(ge,Sn,ce,It,J,te,N):k.compressed?_.compressedTexSubImage2D(ge,Sn,ce,It,H,$,W,T):k.needsCopy?(de(),_.copyTexSubImage2D(ge,Sn,ce,It,k.xOffset,k.yOffset,$,W)):_.texSubImage2D(ge,Sn,ce,It,$,W,J,te,T)}var ln=[];function yt(){return ln.pop()||new $e}function Et(k){k.needsFree&&An.freeType(k.data),$e.call(k),ln.push(k)}function nn(){Le.call(this),this.genMipmaps=!1,this.mipmapHint=Xo,this.mipmask=0,this.images=Array(16)}function un(k,ge,ce){var It=k.images[0]=yt();k.mipmask=1,It.width=k.width=ge,It.height=k.height=ce,It.channels=k.channels=4}function Mn(k,ge){var ce=null;if(qo(ge))ce=k.images[0]=yt(),Ce(ce,k),mt(ce,ge),k.mipmask=1;else if(Lt(k,ge),Array.isArray(ge.mipmap))for(var It=ge.mipmap,Sn=0;Sn<It.length;++Sn)ce=k.images[Sn]=yt(),Ce(ce,k),ce.width>>=Sn,ce.height>>=Sn,mt(ce,It[Sn]),k.mipmask|=1<<Sn;else ce=k.images[0]=yt(),Ce(ce,k),mt(ce,ge),k.mipmask=1;Ce(k,k.images[0]),k.compressed&&(k.internalformat===ic||k.internalformat===rc||k.internalformat===sc||k.internalformat===ac)&&R(k.width%4===0&&k.height%4===0,"for compressed texture formats, mipmap level 0 must have width and height that are a multiple of 4")}function oi(k,ge){for(var ce=k.images,It=0;It<ce.length;++It){if(!ce[It])return;_t(ce[It],ge,It)}}var ci=[];function wn(){var k=ci.pop()||new nn;Le.call(k),k.mipmask=0;for(var ge=0;ge<16;++ge)k.images[ge]=null;return k}function Ei(k){for(var ge=k.images,ce=0;ce<ge.length;++ce)ge[ce]&&Et(ge[ce]),ge[ce]=null;ci.push(k)}function ei(){this.minFilter=Ho,this.magFilter=Ho,this.wrapS=eo,this.wrapT=eo,this.anisotropic=1,this.genMipmaps=!1,this.mipmapHint=Xo}function Si(k,ge){if("min"in ge){var ce=ge.min;R.parameter(ce,Qe),k.minFilter=Qe[ce],Wp.indexOf(k.minFilter)>=0&&!("faces"in ge)&&(k.genMipmaps=!0)}if("mag"in ge){var It=ge.mag;R.parameter(It,Ke),k.magFilter=Ke[It]}var Sn=k.wrapS,N=k.wrapT;if("wrap"in ge){var T=ge.wrap;typeof T=="string"?(R.parameter(T,Ge),Sn=N=Ge[T]):Array.isArray(T)&&(R.parameter(T[0],Ge),R.parameter(T[1],Ge),Sn=Ge[T[0]],N=Ge[T[1]])}else{if("wrapS"in ge){var H=ge.wrapS;R.parameter(H,Ge),Sn=Ge[H]}if("wrapT"in ge){var J=ge.wrapT;R.parameter(J,Ge),N=Ge[J]}}if(k.wrapS=Sn,k.wrapT=N,"anisotropic"in ge){var te=ge.anisotropic;R(typeof te=="number"&&te>=1&&te<=z.maxAnisotropic,"aniso samples must be between 1 and "),k.anisotropic=ge.anisotropic}if("mipmap"in ge){var $=!1;switch(typeof ge.mipmap){case"string":R.parameter(ge.mipmap,Ve,"invalid mipmap hint"),k.mipmapHint=Ve[ge.mipmap],k.genMipmaps=!0,$=!0;break;case"boolean":$=k.genMipmaps=ge.mipmap;break;case"object":R(Array.isArray(ge.mipmap),"invalid mipmap type"),k.genMipmaps=!1,$=!0;break;default:R.raise("invalid mipmap type")}$&&!("min"in ge)&&(k.minFilter=Wo)}}function Ai(k,ge){_.texParameteri(ge,hc,k.minFilter),_.texParameteri(ge,uc,k.magFilter),_.texParameteri(ge,Dp,k.wrapS),_.texParameteri(ge,Np,k.wrapT),I.ext_texture_filter_anisotropic&&_.texParameteri(ge,kp,k.anisotropic),k.genMipmaps&&(_.hint(Fp,k.mipmapHint),_.generateMipmap(ge))}var Ti=0,Li={},ki=z.maxTextureUnits,pi=Array(ki).map(function(){return null});function gn(k){Le.call(this),this.mipmask=0,this.internalformat=Ls,this.id=Ti++,this.refCount=1,this.target=k,this.texture=_.createTexture(),this.unit=-1,this.bindCount=0,this.texInfo=new ei,Ae.profile&&(this.stats={size:0})}function zi(k){_.activeTexture(to),_.bindTexture(k.target,k.texture)}function Bn(){var k=pi[0];k?_.bindTexture(k.target,k.texture):_.bindTexture(Tr,null)}function en(k){var ge=k.texture;R(ge,"must not double destroy texture");var ce=k.unit,It=k.target;ce>=0&&(_.activeTexture(to+ce),_.bindTexture(It,null),pi[ce]=null),_.deleteTexture(ge),k.texture=null,k.params=null,k.pixels=null,k.refCount=0,delete Li[k.id],fe.textureCount--}e(gn.prototype,{bind:function(){var k=this;k.bindCount+=1;var ge=k.unit;if(ge<0){for(var ce=0;ce<ki;++ce){var It=pi[ce];if(It){if(It.bindCount>0)continue;It.unit=-1}pi[ce]=k,ge=ce;break}ge>=ki&&R.raise("insufficient number of texture units"),Ae.profile&&fe.maxTextureUnits<ge+1&&(fe.maxTextureUnits=ge+1),k.unit=ge,_.activeTexture(to+ge),_.bindTexture(k.target,k.texture)}return ge},unbind:function(){this.bindCount-=1},decRef:function(){--this.refCount<=0&&en(this)}});function En(k,ge){var ce=new gn(Tr);Li[ce.id]=ce,fe.textureCount++;function It(T,H){var J=ce.texInfo;ei.call(J);var te=wn();return typeof T=="number"?typeof H=="number"?un(te,T|0,H|0):un(te,T|0,T|0):T?(R.type(T,"object","invalid arguments to regl.texture"),Si(J,T),Mn(te,T)):un(te,1,1),J.genMipmaps&&(te.mipmask=(te.width<<1)-1),ce.mipmask=te.mipmask,Ce(ce,te),R.texture2D(J,te,z),ce.internalformat=te.internalformat,It.width=te.width,It.height=te.height,zi(ce),oi(te,Tr),Ai(J,Tr),Bn(),Ei(te),Ae.profile&&(ce.stats.size=Zo(ce.internalformat,ce.type,te.width,te.height,J.genMipmaps,!1)),It.format=qe[ce.internalformat],It.type=Tt[ce.type],It.mag=Be[J.magFilter],It.min=Mt[J.minFilter],It.wrapS=vt[J.wrapS],It.wrapT=vt[J.wrapT],It}function Sn(T,H,J,te){R(!!T,"must specify image data");var $=H|0,W=J|0,j=te|0,P=yt();return Ce(P,ce),P.width=0,P.height=0,mt(P,T),P.width=P.width||(ce.width>>j)-$,P.height=P.height||(ce.height>>j)-W,R(ce.type===P.type&&ce.format===P.format&&ce.internalformat===P.internalformat,"incompatible format for texture.subimage"),R($>=0&&W>=0&&$+P.width<=ce.width&&W+P.height<=ce.height,"texture.subimage write out of bounds"),R(ce.mipmask&1<<j,"missing mipmap data"),R(P.data||P.element||P.needsCopy,"missing image data"),zi(ce),fn(P,Tr,$,W,j),Bn(),Et(P),It}function N(T,H){var J=T|0,te=H|0||J;if(J===ce.width&&te===ce.height)return It;It.width=ce.width=J,It.height=ce.height=te,zi(ce);for(var $=0;ce.mipmask>>$;++$){var W=J>>$,j=te>>$;if(!W||!j)break;_.texImage2D(Tr,$,ce.format,W,j,0,ce.format,ce.type,null)}return Bn(),Ae.profile&&(ce.stats.size=Zo(ce.internalformat,ce.type,J,te,!1,!1)),It}return It(k,ge),It.subimage=Sn,It.resize=N,It._reglType="texture2d",It._texture=ce,Ae.profile&&(It.stats=ce.stats),It.destroy=function(){ce.decRef()},It}function Pn(k,ge,ce,It,Sn,N){var T=new gn(jl);Li[T.id]=T,fe.cubeCount++;var H=new Array(6);function J(W,j,P,G,B,ne){var oe,Fe=T.texInfo;for(ei.call(Fe),oe=0;oe<6;++oe)H[oe]=wn();if(typeof W=="number"||!W){var at=W|0||1;for(oe=0;oe<6;++oe)un(H[oe],at,at)}else if(typeof W=="object")if(j)Mn(H[0],W),Mn(H[1],j),Mn(H[2],P),Mn(H[3],G),Mn(H[4],B),Mn(H[5],ne);else if(Si(Fe,W),Lt(T,W),"faces"in W){var ot=W.faces;for(R(Array.isArray(ot)&&ot.length===6,"cube faces must be a length 6 array"),oe=0;oe<6;++oe)R(typeof ot[oe]=="object"&&!!ot[oe],"invalid input for cube map face"),Ce(H[oe],T),Mn(H[oe],ot[oe])}else for(oe=0;oe<6;++oe)Mn(H[oe],W);else R.raise("invalid arguments to cube map");for(Ce(T,H[0]),R.optional(function(){z.npotTextureCube||R(Zu(T.width)&&Zu(T.height),"your browser does not support non power or two texture dimensions")}),Fe.genMipmaps?T.mipmask=(H[0].width<<1)-1:T.mipmask=H[0].mipmask,R.textureCube(T,Fe,H,z),T.internalformat=H[0].internalformat,J.width=H[0].width,J.height=H[0].height,zi(T),oe=0;oe<6;++oe)oi(H[oe],ko+oe);for(Ai(Fe,jl),Bn(),Ae.profile&&(T.stats.size=Zo(T.internalformat,T.type,J.width,J.height,Fe.genMipmaps,!0)),J.format=qe[T.internalformat],J.type=Tt[T.type],J.mag=Be[Fe.magFilter],J.min=Mt[Fe.minFilter],J.wrapS=vt[Fe.wrapS],J.wrapT=vt[Fe.wrapT],oe=0;oe<6;++oe)Ei(H[oe]);return J}function te(W,j,P,G,B){R(!!j,"must specify image data"),R(typeof W=="number"&&W===(W|0)&&W>=0&&W<6,"invalid face");var ne=P|0,oe=G|0,Fe=B|0,at=yt();return Ce(at,T),at.width=0,at.height=0,mt(at,j),at.width=at.width||(T.width>>Fe)-ne,at.height=at.height||(T.height>>Fe)-oe,R(T.type===at.type&&T.format===at.format&&T.internalformat===at.internalformat,"incompatible format for texture.subimage"),R(ne>=0&&oe>=0&&ne+at.width<=T.width&&oe+at.height<=T.height,"texture.subimage write out of bounds"),R(T.mipmask&1<<Fe,"missing mipmap data"),R(at.data||at.element||at.needsCopy,"missing image data"),zi(T),fn(at,ko+W,ne,oe,Fe),Bn(),Et(at),J}function $(W){var j=W|0;if(j!==T.width){J.width=T.width=j,J.height=T.height=j,zi(T);for(var P=0;P<6;++P)for(var G=0;T.mipmask>>G;++G)_.texImage2D(ko+P,G,T.format,j>>G,j>>G,0,T.format,T.type,null);return Bn(),Ae.profile&&(T.stats.size=Zo(T.internalformat,T.type,J.width,J.height,!1,!0)),J}}return J(k,ge,ce,It,Sn,N),J.subimage=te,J.resize=$,J._reglType="textureCube",J._texture=T,Ae.profile&&(J.stats=T.stats),J.destroy=function(){T.decRef()},J}function mi(){for(var k=0;k<ki;++k)_.activeTexture(to+k),_.bindTexture(Tr,null),pi[k]=null;vn(Li).forEach(en),fe.cubeCount=0,fe.textureCount=0}Ae.profile&&(fe.getTotalTextureSize=function(){var k=0;return Object.keys(Li).forEach(function(ge){k+=Li[ge].stats.size}),k});function ds(){for(var k=0;k<ki;++k){var ge=pi[k];ge&&(ge.bindCount=0,ge.unit=-1,pi[k]=null)}vn(Li).forEach(function(ce){ce.texture=_.createTexture(),_.bindTexture(ce.target,ce.texture);for(var It=0;It<32;++It)if((ce.mipmask&1<<It)!==0)if(ce.target===Tr)_.texImage2D(Tr,It,ce.internalformat,ce.width>>It,ce.height>>It,0,ce.internalformat,ce.type,null);else for(var Sn=0;Sn<6;++Sn)_.texImage2D(ko+Sn,It,ce.internalformat,ce.width>>It,ce.height>>It,0,ce.internalformat,ce.type,null);Ai(ce.texInfo,ce.target)})}function fo(){for(var k=0;k<ki;++k){var ge=pi[k];ge&&(ge.bindCount=0,ge.unit=-1,pi[k]=null),_.activeTexture(to+k),_.bindTexture(Tr,null),_.bindTexture(jl,null)}}return{create2D:En,createCube:Pn,clear:mi,getTexture:function(k){return null},restore:ds,refresh:fo}}var hs=36161,io=32854,pc=32855,Kp=36194,_h=33189,xh=36168,vh=34041,yh=35907,Sh=34836,bh=34842,jo=34843,pr=[];pr[io]=2,pr[pc]=2,pr[Kp]=2,pr[_h]=2,pr[xh]=1,pr[vh]=4,pr[yh]=4,pr[Sh]=16,pr[bh]=8,pr[jo]=6;function mc(_,I,z){return pr[_]*I*z}var ro=function(_,I,z,de,Re){var fe={rgba4:io,rgb565:Kp,"rgb5 a1":pc,depth:_h,stencil:xh,"depth stencil":vh};I.ext_srgb&&(fe.srgba=yh),I.ext_color_buffer_half_float&&(fe.rgba16f=bh,fe.rgb16f=jo),I.webgl_color_buffer_float&&(fe.rgba32f=Sh);var Ae=[];Object.keys(fe).forEach(function(He){var Ze=fe[He];Ae[Ze]=He});var Ve=0,Ge={};function Ke(He){this.id=Ve++,this.refCount=1,this.renderbuffer=He,this.format=io,this.width=0,this.height=0,Re.profile&&(this.stats={size:0})}Ke.prototype.decRef=function(){--this.refCount<=0&&Qe(this)};function Qe(He){var Ze=He.renderbuffer;R(Ze,"must not double destroy renderbuffer"),_.bindRenderbuffer(hs,null),_.deleteRenderbuffer(Ze),He.renderbuffer=null,He.refCount=0,delete Ge[He.id],de.renderbufferCount--}function Je(He,Ze){var ee=new Ke(_.createRenderbuffer());Ge[ee.id]=ee,de.renderbufferCount++;function ve(Tt,Be){var Mt=0,vt=0,Jt=io;if(typeof Tt=="object"&&Tt){var Le=Tt;if("shape"in Le){var Ce=Le.shape;R(Array.isArray(Ce)&&Ce.length>=2,"invalid renderbuffer shape"),Mt=Ce[0]|0,vt=Ce[1]|0}else"radius"in Le&&(Mt=vt=Le.radius|0),"width"in Le&&(Mt=Le.width|0),"height"in Le&&(vt=Le.height|0);"format"in Le&&(R.parameter(Le.format,fe,"invalid renderbuffer format"),Jt=fe[Le.format])}else typeof Tt=="number"?(Mt=Tt|0,typeof Be=="number"?vt=Be|0:vt=Mt):Tt?R.raise("invalid arguments to renderbuffer constructor"):Mt=vt=1;if(R(Mt>0&&vt>0&&Mt<=z.maxRenderbufferSize&&vt<=z.maxRenderbufferSize,"invalid renderbuffer size"),!(Mt===ee.width&&vt===ee.height&&Jt===ee.format))return ve.width=ee.width=Mt,ve.height=ee.height=vt,ee.format=Jt,_.bindRenderbuffer(hs,ee.renderbuffer),_.renderbufferStorage(hs,Jt,Mt,vt),R(_.getError()===0,"invalid render buffer format"),Re.profile&&(ee.stats.size=mc(ee.format,ee.width,ee.height)),ve.format=Ae[ee.format],ve}function qe(Tt,Be){var Mt=Tt|0,vt=Be|0||Mt;return Mt===ee.width&&vt===ee.height||(R(Mt>0&&vt>0&&Mt<=z.maxRenderbufferSize&&vt<=z.maxRenderbufferSize,"invalid renderbuffer size"),ve.width=ee.width=Mt,ve.height=ee.height=vt,_.bindRenderbuffer(hs,ee.renderbuffer),_.renderbufferStorage(hs,ee.format,Mt,vt),R(_.getError()===0,"invalid render buffer format"),Re.profile&&(ee.stats.size=mc(ee.format,ee.width,ee.height))),ve}return ve(He,Ze),ve.resize=qe,ve._reglType="renderbuffer",ve._renderbuffer=ee,Re.profile&&(ve.stats=ee.stats),ve.destroy=function(){ee.decRef()},ve}Re.profile&&(de.getTotalRenderbufferSize=function(){var He=0;return Object.keys(Ge).forEach(function(Ze){He+=Ge[Ze].stats.size}),He});function lt(){vn(Ge).forEach(function(He){He.renderbuffer=_.createRenderbuffer(),_.bindRenderbuffer(hs,He.renderbuffer),_.renderbufferStorage(hs,He.format,He.width,He.height)}),_.bindRenderbuffer(hs,null)}return{create:Je,clear:function(){vn(Ge).forEach(Qe)},restore:lt}},Hr=36160,Ko=36161,Os=3553,so=34069,Mh=36064,Eh=36096,Jo=36128,gc=33306,_c=36053,Jp=36054,Qp=36055,em=36057,tm=36061,nm=36193,Ah=5121,im=5126,Th=6407,wh=6408,rm=6402,sm=[Th,wh],xc=[];xc[wh]=4,xc[Th]=3;var Qo=[];Qo[Ah]=1,Qo[im]=4,Qo[nm]=2;var am=32854,om=32855,lm=36194,cm=33189,um=36168,Ch=34041,hm=35907,fm=34836,dm=34842,pm=34843,mm=[am,om,lm,hm,dm,pm,fm],da={};da[_c]="complete",da[Jp]="incomplete attachment",da[em]="incomplete dimensions",da[Qp]="incomplete, missing attachment",da[tm]="unsupported";function gm(_,I,z,de,Re,fe){var Ae={cur:null,next:null,dirty:!1,setFBO:null},Ve=["rgba"],Ge=["rgba4","rgb565","rgb5 a1"];I.ext_srgb&&Ge.push("srgba"),I.ext_color_buffer_half_float&&Ge.push("rgba16f","rgb16f"),I.webgl_color_buffer_float&&Ge.push("rgba32f");var Ke=["uint8"];I.oes_texture_half_float&&Ke.push("half float","float16"),I.oes_texture_float&&Ke.push("float","float32");function Qe($e,mt,_t){this.target=$e,this.texture=mt,this.renderbuffer=_t;var fn=0,ln=0;mt?(fn=mt.width,ln=mt.height):_t&&(fn=_t.width,ln=_t.height),this.width=fn,this.height=ln}function Je($e){$e&&($e.texture&&$e.texture._texture.decRef(),$e.renderbuffer&&$e.renderbuffer._renderbuffer.decRef())}function lt($e,mt,_t){if($e)if($e.texture){var fn=$e.texture._texture,ln=Math.max(1,fn.width),yt=Math.max(1,fn.height);R(ln===mt&&yt===_t,"inconsistent width/height for supplied texture"),fn.refCount+=1}else{var Et=$e.renderbuffer._renderbuffer;R(Et.width===mt&&Et.height===_t,"inconsistent width/height for renderbuffer"),Et.refCount+=1}}function He($e,mt){mt&&(mt.texture?_.framebufferTexture2D(Hr,$e,mt.target,mt.texture._texture.texture,0):_.framebufferRenderbuffer(Hr,$e,Ko,mt.renderbuffer._renderbuffer.renderbuffer))}function Ze($e){var mt=Os,_t=null,fn=null,ln=$e;typeof $e=="object"&&(ln=$e.data,"target"in $e&&(mt=$e.target|0)),R.type(ln,"function","invalid attachment data");var yt=ln._reglType;return yt==="texture2d"?(_t=ln,R(mt===Os)):yt==="textureCube"?(_t=ln,R(mt>=so&&mt<so+6,"invalid cube map target")):yt==="renderbuffer"?(fn=ln,mt=Ko):R.raise("invalid regl object for attachment"),new Qe(mt,_t,fn)}function ee($e,mt,_t,fn,ln){if(_t){var yt=de.create2D({width:$e,height:mt,format:fn,type:ln});return yt._texture.refCount=0,new Qe(Os,yt,null)}else{var Et=Re.create({width:$e,height:mt,format:fn});return Et._renderbuffer.refCount=0,new Qe(Ko,null,Et)}}function ve($e){return $e&&($e.texture||$e.renderbuffer)}function qe($e,mt,_t){$e&&($e.texture?$e.texture.resize(mt,_t):$e.renderbuffer&&$e.renderbuffer.resize(mt,_t),$e.width=mt,$e.height=_t)}var Tt=0,Be={};function Mt(){this.id=Tt++,Be[this.id]=this,this.framebuffer=_.createFramebuffer(),this.width=0,this.height=0,this.colorAttachments=[],this.depthAttachment=null,this.stencilAttachment=null,this.depthStencilAttachment=null}function vt($e){$e.colorAttachments.forEach(Je),Je($e.depthAttachment),Je($e.stencilAttachment),Je($e.depthStencilAttachment)}function Jt($e){var mt=$e.framebuffer;R(mt,"must not double destroy framebuffer"),_.deleteFramebuffer(mt),$e.framebuffer=null,fe.framebufferCount--,delete Be[$e.id]}function Le($e){var mt;_.bindFramebuffer(Hr,$e.framebuffer);var _t=$e.colorAttachments;for(mt=0;mt<_t.length;++mt)He(Mh+mt,_t[mt]);for(mt=_t.length;mt<z.maxColorAttachments;++mt)_.framebufferTexture2D(Hr,Mh+mt,Os,null,0);_.framebufferTexture2D(Hr,gc,Os,null,0),_.framebufferTexture2D(Hr,Eh,Os,null,0),_.framebufferTexture2D(Hr,Jo,Os,null,0),He(Eh,$e.depthAttachment),He(Jo,$e.stencilAttachment),He(gc,$e.depthStencilAttachment);var fn=_.checkFramebufferStatus(Hr);!_.isContextLost()&&fn!==_c&&R.raise("framebuffer configuration not supported, status = "+da[fn]),_.bindFramebuffer(Hr,Ae.next?Ae.next.framebuffer:null),Ae.cur=Ae.next,_.getError()}function Ce($e,mt){var _t=new Mt;fe.framebufferCount++;function fn(yt,Et){var nn;R(Ae.next!==_t,"can not update framebuffer which is currently in use");var un=0,Mn=0,oi=!0,ci=!0,wn=null,Ei=!0,ei="rgba",Si="uint8",Ai=1,Ti=null,Li=null,ki=null,pi=!1;if(typeof yt=="number")un=yt|0,Mn=Et|0||un;else if(!yt)un=Mn=1;else{R.type(yt,"object","invalid arguments for framebuffer");var gn=yt;if("shape"in gn){var zi=gn.shape;R(Array.isArray(zi)&&zi.length>=2,"invalid shape for framebuffer"),un=zi[0],Mn=zi[1]}else"radius"in gn&&(un=Mn=gn.radius),"width"in gn&&(un=gn.width),"height"in gn&&(Mn=gn.height);("color"in gn||"colors"in gn)&&(wn=gn.color||gn.colors,Array.isArray(wn)&&R(wn.length===1||I.webgl_draw_buffers,"multiple render targets not supported")),wn||("colorCount"in gn&&(Ai=gn.colorCount|0,R(Ai>0,"invalid color buffer count")),"colorTexture"in gn&&(Ei=!!gn.colorTexture,ei="rgba4"),"colorType"in gn&&(Si=gn.colorType,Ei?(R(I.oes_texture_float||!(Si==="float"||Si==="float32"),"you must enable OES_texture_float in order to use floating point framebuffer objects"),R(I.oes_texture_half_float||!(Si==="half float"||Si==="float16"),"you must enable OES_texture_half_float in order to use 16-bit floating point framebuffer objects")):Si==="half float"||Si==="float16"?(R(I.ext_color_buffer_half_float,"you must enable EXT_color_buffer_half_float to use 16-bit render buffers"),ei="rgba16f"):(Si==="float"||Si==="float32")&&(R(I.webgl_color_buffer_float,"you must enable WEBGL_color_buffer_float in order to use 32-bit floating point renderbuffers"),ei="rgba32f"),R.oneOf(Si,Ke,"invalid color type")),"colorFormat"in gn&&(ei=gn.colorFormat,Ve.indexOf(ei)>=0?Ei=!0:Ge.indexOf(ei)>=0?Ei=!1:R.optional(function(){Ei?R.oneOf(gn.colorFormat,Ve,"invalid color format for texture"):R.oneOf(gn.colorFormat,Ge,"invalid color format for renderbuffer")}))),("depthTexture"in gn||"depthStencilTexture"in gn)&&(pi=!!(gn.depthTexture||gn.depthStencilTexture),R(!pi||I.webgl_depth_texture,"webgl_depth_texture extension not supported")),"depth"in gn&&(typeof gn.depth=="boolean"?oi=gn.depth:(Ti=gn.depth,ci=!1)),"stencil"in gn&&(typeof gn.stencil=="boolean"?ci=gn.stencil:(Li=gn.stencil,oi=!1)),"depthStencil"in gn&&(typeof gn.depthStencil=="boolean"?oi=ci=gn.depthStencil:(ki=gn.depthStencil,oi=!1,ci=!1))}var Bn=null,en=null,En=null,Pn=null;if(Array.isArray(wn))Bn=wn.map(Ze);else if(wn)Bn=[Ze(wn)];else for(Bn=new Array(Ai),nn=0;nn<Ai;++nn)Bn[nn]=ee(un,Mn,Ei,ei,Si);R(I.webgl_draw_buffers||Bn.length<=1,"you must enable the WEBGL_draw_buffers extension in order to use multiple color buffers."),R(Bn.length<=z.maxColorAttachments,"too many color attachments, not supported"),un=un||Bn[0].width,Mn=Mn||Bn[0].height,Ti?en=Ze(Ti):oi&&!ci&&(en=ee(un,Mn,pi,"depth","uint32")),Li?En=Ze(Li):ci&&!oi&&(En=ee(un,Mn,!1,"stencil","uint8")),ki?Pn=Ze(ki):!Ti&&!Li&&ci&&oi&&(Pn=ee(un,Mn,pi,"depth stencil","depth stencil")),R(!!Ti+!!Li+!!ki<=1,"invalid framebuffer configuration, can specify exactly one depth/stencil attachment");var mi=null;for(nn=0;nn<Bn.length;++nn)if(lt(Bn[nn],un,Mn),R(!Bn[nn]||Bn[nn].texture&&sm.indexOf(Bn[nn].texture._texture.format)>=0||Bn[nn].renderbuffer&&mm.indexOf(Bn[nn].renderbuffer._renderbuffer.format)>=0,"framebuffer color attachment "+nn+" is invalid"),Bn[nn]&&Bn[nn].texture){var ds=xc[Bn[nn].texture._texture.format]*Qo[Bn[nn].texture._texture.type];mi===null?mi=ds:R(mi===ds,"all color attachments much have the same number of bits per pixel.")}return lt(en,un,Mn),R(!en||en.texture&&en.texture._texture.format===rm||en.renderbuffer&&en.renderbuffer._renderbuffer.format===cm,"invalid depth attachment for framebuffer object"),lt(En,un,Mn),R(!En||En.renderbuffer&&En.renderbuffer._renderbuffer.format===um,"invalid stencil attachment for framebuffer object"),lt(Pn,un,Mn),R(!Pn||Pn.texture&&Pn.texture._texture.format===Ch||Pn.renderbuffer&&Pn.renderbuffer._renderbuffer.format===Ch,"invalid depth-stencil attachment for framebuffer object"),vt(_t),_t.width=un,_t.height=Mn,_t.colorAttachments=Bn,_t.depthAttachment=en,_t.stencilAttachment=En,_t.depthStencilAttachment=Pn,fn.color=Bn.map(ve),fn.depth=ve(en),fn.stencil=ve(En),fn.depthStencil=ve(Pn),fn.width=_t.width,fn.height=_t.height,Le(_t),fn}function ln(yt,Et){R(Ae.next!==_t,"can not resize a framebuffer which is currently in use");var nn=Math.max(yt|0,1),un=Math.max(Et|0||nn,1);if(nn===_t.width&&un===_t.height)return fn;for(var Mn=_t.colorAttachments,oi=0;oi<Mn.length;++oi)qe(Mn[oi],nn,un);return qe(_t.depthAttachment,nn,un),qe(_t.stencilAttachment,nn,un),qe(_t.depthStencilAttachment,nn,un),_t.width=fn.width=nn,_t.height=fn.height=un,Le(_t),fn}return fn($e,mt),e(fn,{resize:ln,_reglType:"framebuffer",_framebuffer:_t,destroy:function(){Jt(_t),vt(_t)},use:function(yt){Ae.setFBO({framebuffer:fn},yt)}})}function Lt($e){var mt=Array(6);function _t(ln){var yt;R(mt.indexOf(Ae.next)<0,"can not update framebuffer which is currently in use");var Et={color:null},nn=0,un=null,Mn="rgba",oi="uint8",ci=1;if(typeof ln=="number")nn=ln|0;else if(!ln)nn=1;else{R.type(ln,"object","invalid arguments for framebuffer");var wn=ln;if("shape"in wn){var Ei=wn.shape;R(Array.isArray(Ei)&&Ei.length>=2,"invalid shape for framebuffer"),R(Ei[0]===Ei[1],"cube framebuffer must be square"),nn=Ei[0]}else"radius"in wn&&(nn=wn.radius|0),"width"in wn?(nn=wn.width|0,"height"in wn&&R(wn.height===nn,"must be square")):"height"in wn&&(nn=wn.height|0);("color"in wn||"colors"in wn)&&(un=wn.color||wn.colors,Array.isArray(un)&&R(un.length===1||I.webgl_draw_buffers,"multiple render targets not supported")),un||("colorCount"in wn&&(ci=wn.colorCount|0,R(ci>0,"invalid color buffer count")),"colorType"in wn&&(R.oneOf(wn.colorType,Ke,"invalid color type"),oi=wn.colorType),"colorFormat"in wn&&(Mn=wn.colorFormat,R.oneOf(wn.colorFormat,Ve,"invalid color format for texture"))),"depth"in wn&&(Et.depth=wn.depth),"stencil"in wn&&(Et.stencil=wn.stencil),"depthStencil"in wn&&(Et.depthStencil=wn.depthStencil)}var ei;if(un)if(Array.isArray(un))for(ei=[],yt=0;yt<un.length;++yt)ei[yt]=un[yt];else ei=[un];else{ei=Array(ci);var Si={radius:nn,format:Mn,type:oi};for(yt=0;yt<ci;++yt)ei[yt]=de.createCube(Si)}for(Et.color=Array(ei.length),yt=0;yt<ei.length;++yt){var Ai=ei[yt];R(typeof Ai=="function"&&Ai._reglType==="textureCube","invalid cube map"),nn=nn||Ai.width,R(Ai.width===nn&&Ai.height===nn,"invalid cube map shape"),Et.color[yt]={target:so,data:ei[yt]}}for(yt=0;yt<6;++yt){for(var Ti=0;Ti<ei.length;++Ti)Et.color[Ti].target=so+yt;yt>0&&(Et.depth=mt[0].depth,Et.stencil=mt[0].stencil,Et.depthStencil=mt[0].depthStencil),mt[yt]?mt[yt](Et):mt[yt]=Ce(Et)}return e(_t,{width:nn,height:nn,color:ei})}function fn(ln){var yt,Et=ln|0;if(R(Et>0&&Et<=z.maxCubeMapSize,"invalid radius for cube fbo"),Et===_t.width)return _t;var nn=_t.color;for(yt=0;yt<nn.length;++yt)nn[yt].resize(Et);for(yt=0;yt<6;++yt)mt[yt].resize(Et);return _t.width=_t.height=Et,_t}return _t($e),e(_t,{faces:mt,resize:fn,_reglType:"framebufferCube",destroy:function(){mt.forEach(function(ln){ln.destroy()})}})}function ct(){Ae.cur=null,Ae.next=null,Ae.dirty=!0,vn(Be).forEach(function($e){$e.framebuffer=_.createFramebuffer(),Le($e)})}return e(Ae,{getFramebuffer:function($e){if(typeof $e=="function"&&$e._reglType==="framebuffer"){var mt=$e._framebuffer;if(mt instanceof Mt)return mt}return null},create:Ce,createCube:Lt,clear:function(){vn(Be).forEach(Jt)},restore:ct})}var _m=5126,Rh=34962,el=34963,Ih=["attributes","elements","offset","count","primitive","instances"];function vc(){this.state=0,this.x=0,this.y=0,this.z=0,this.w=0,this.buffer=null,this.size=0,this.normalized=!1,this.type=_m,this.offset=0,this.stride=0,this.divisor=0}function xm(_,I,z,de,Re,fe,Ae){for(var Ve=z.maxAttributes,Ge=new Array(Ve),Ke=0;Ke<Ve;++Ke)Ge[Ke]=new vc;var Qe=0,Je={},lt={Record:vc,scope:{},state:Ge,currentVAO:null,targetVAO:null,restore:Ze()?vt:function(){},createVAO:Jt,getVAO:ve,destroyBuffer:He,setVAO:Ze()?qe:Tt,clear:Ze()?Be:function(){}};function He(Le){for(var Ce=0;Ce<Ge.length;++Ce){var Lt=Ge[Ce];Lt.buffer===Le&&(_.disableVertexAttribArray(Ce),Lt.buffer=null)}}function Ze(){return I.oes_vertex_array_object}function ee(){return I.angle_instanced_arrays}function ve(Le){return typeof Le=="function"&&Le._vao?Le._vao:null}function qe(Le){if(Le!==lt.currentVAO){var Ce=Ze();Le?Ce.bindVertexArrayOES(Le.vao):Ce.bindVertexArrayOES(null),lt.currentVAO=Le}}function Tt(Le){if(Le!==lt.currentVAO){if(Le)Le.bindAttrs();else{for(var Ce=ee(),Lt=0;Lt<Ge.length;++Lt){var ct=Ge[Lt];ct.buffer?(_.enableVertexAttribArray(Lt),ct.buffer.bind(),_.vertexAttribPointer(Lt,ct.size,ct.type,ct.normalized,ct.stride,ct.offfset),Ce&&ct.divisor&&Ce.vertexAttribDivisorANGLE(Lt,ct.divisor)):(_.disableVertexAttribArray(Lt),_.vertexAttrib4f(Lt,ct.x,ct.y,ct.z,ct.w))}Ae.elements?_.bindBuffer(el,Ae.elements.buffer.buffer):_.bindBuffer(el,null)}lt.currentVAO=Le}}function Be(){vn(Je).forEach(function(Le){Le.destroy()})}function Mt(){this.id=++Qe,this.attributes=[],this.elements=null,this.ownsElements=!1,this.count=0,this.offset=0,this.instances=-1,this.primitive=4;var Le=Ze();Le?this.vao=Le.createVertexArrayOES():this.vao=null,Je[this.id]=this,this.buffers=[]}Mt.prototype.bindAttrs=function(){for(var Le=ee(),Ce=this.attributes,Lt=0;Lt<Ce.length;++Lt){var ct=Ce[Lt];ct.buffer?(_.enableVertexAttribArray(Lt),_.bindBuffer(Rh,ct.buffer.buffer),_.vertexAttribPointer(Lt,ct.size,ct.type,ct.normalized,ct.stride,ct.offset),Le&&ct.divisor&&Le.vertexAttribDivisorANGLE(Lt,ct.divisor)):(_.disableVertexAttribArray(Lt),_.vertexAttrib4f(Lt,ct.x,ct.y,ct.z,ct.w))}for(var $e=Ce.length;$e<Ve;++$e)_.disableVertexAttribArray($e);var mt=fe.getElements(this.elements);mt?_.bindBuffer(el,mt.buffer.buffer):_.bindBuffer(el,null)},Mt.prototype.refresh=function(){var Le=Ze();Le&&(Le.bindVertexArrayOES(this.vao),this.bindAttrs(),lt.currentVAO=null,Le.bindVertexArrayOES(null))},Mt.prototype.destroy=function(){if(this.vao){var Le=Ze();this===lt.currentVAO&&(lt.currentVAO=null,Le.bindVertexArrayOES(null)),Le.deleteVertexArrayOES(this.vao),this.vao=null}this.ownsElements&&(this.elements.destroy(),this.elements=null,this.ownsElements=!1),Je[this.id]&&(delete Je[this.id],de.vaoCount-=1)};function vt(){var Le=Ze();Le&&vn(Je).forEach(function(Ce){Ce.refresh()})}function Jt(Le){var Ce=new Mt;de.vaoCount+=1;function Lt(ct){var $e;if(Array.isArray(ct))$e=ct,Ce.elements&&Ce.ownsElements&&Ce.elements.destroy(),Ce.elements=null,Ce.ownsElements=!1,Ce.offset=0,Ce.count=0,Ce.instances=-1,Ce.primitive=4;else{if(R(typeof ct=="object","invalid arguments for create vao"),R("attributes"in ct,"must specify attributes for vao"),ct.elements){var mt=ct.elements;Ce.ownsElements?typeof mt=="function"&&mt._reglType==="elements"?(Ce.elements.destroy(),Ce.ownsElements=!1):(Ce.elements(mt),Ce.ownsElements=!1):fe.getElements(ct.elements)?(Ce.elements=ct.elements,Ce.ownsElements=!1):(Ce.elements=fe.create(ct.elements),Ce.ownsElements=!0)}else Ce.elements=null,Ce.ownsElements=!1;$e=ct.attributes,Ce.offset=0,Ce.count=-1,Ce.instances=-1,Ce.primitive=4,Ce.elements&&(Ce.count=Ce.elements._elements.vertCount,Ce.primitive=Ce.elements._elements.primType),"offset"in ct&&(Ce.offset=ct.offset|0),"count"in ct&&(Ce.count=ct.count|0),"instances"in ct&&(Ce.instances=ct.instances|0),"primitive"in ct&&(R(ct.primitive in or,"bad primitive type: "+ct.primitive),Ce.primitive=or[ct.primitive]),R.optional(()=>{for(var oi=Object.keys(ct),ci=0;ci<oi.length;++ci)R(Ih.indexOf(oi[ci])>=0,'invalid option for vao: "'+oi[ci]+'" valid options are '+Ih)}),R(Array.isArray($e),"attributes must be an array")}R($e.length<Ve,"too many attributes"),R($e.length>0,"must specify at least one attribute");var _t={},fn=Ce.attributes;fn.length=$e.length;for(var ln=0;ln<$e.length;++ln){var yt=$e[ln],Et=fn[ln]=new vc,nn=yt.data||yt;if(Array.isArray(nn)||n(nn)||Xn(nn)){var un;Ce.buffers[ln]&&(un=Ce.buffers[ln],n(nn)&&un._buffer.byteLength>=nn.byteLength?un.subdata(nn):(un.destroy(),Ce.buffers[ln]=null)),Ce.buffers[ln]||(un=Ce.buffers[ln]=Re.create(yt,Rh,!1,!0)),Et.buffer=Re.getBuffer(un),Et.size=Et.buffer.dimension|0,Et.normalized=!1,Et.type=Et.buffer.dtype,Et.offset=0,Et.stride=0,Et.divisor=0,Et.state=1,_t[ln]=1}else Re.getBuffer(yt)?(Et.buffer=Re.getBuffer(yt),Et.size=Et.buffer.dimension|0,Et.normalized=!1,Et.type=Et.buffer.dtype,Et.offset=0,Et.stride=0,Et.divisor=0,Et.state=1):Re.getBuffer(yt.buffer)?(Et.buffer=Re.getBuffer(yt.buffer),Et.size=(+yt.size||Et.buffer.dimension)|0,Et.normalized=!!yt.normalized||!1,"type"in yt?(R.parameter(yt.type,dr,"invalid buffer type"),Et.type=dr[yt.type]):Et.type=Et.buffer.dtype,Et.offset=(yt.offset||0)|0,Et.stride=(yt.stride||0)|0,Et.divisor=(yt.divisor||0)|0,Et.state=1,R(Et.size>=1&&Et.size<=4,"size must be between 1 and 4"),R(Et.offset>=0,"invalid offset"),R(Et.stride>=0&&Et.stride<=255,"stride must be between 0 and 255"),R(Et.divisor>=0,"divisor must be positive"),R(!Et.divisor||!!I.angle_instanced_arrays,"ANGLE_instanced_arrays must be enabled to use divisor")):"x"in yt?(R(ln>0,"first attribute must not be a constant"),Et.x=+yt.x||0,Et.y=+yt.y||0,Et.z=+yt.z||0,Et.w=+yt.w||0,Et.state=2):R(!1,"invalid attribute spec for location "+ln)}for(var Mn=0;Mn<Ce.buffers.length;++Mn)!_t[Mn]&&Ce.buffers[Mn]&&(Ce.buffers[Mn].destroy(),Ce.buffers[Mn]=null);return Ce.refresh(),Lt}return Lt.destroy=function(){for(var ct=0;ct<Ce.buffers.length;++ct)Ce.buffers[ct]&&Ce.buffers[ct].destroy();Ce.buffers.length=0,Ce.ownsElements&&(Ce.elements.destroy(),Ce.elements=null,Ce.ownsElements=!1),Ce.destroy()},Lt._vao=Ce,Lt._reglType="vao",Lt(Le)}return lt}var tl=35632,vm=35633,ym=35718,Sm=35721;function bm(_,I,z,de){var Re={},fe={};function Ae(ee,ve,qe,Tt){this.name=ee,this.id=ve,this.location=qe,this.info=Tt}function Ve(ee,ve){for(var qe=0;qe<ee.length;++qe)if(ee[qe].id===ve.id){ee[qe].location=ve.location;return}ee.push(ve)}function Ge(ee,ve,qe){var Tt=ee===tl?Re:fe,Be=Tt[ve];if(!Be){var Mt=I.str(ve);Be=_.createShader(ee),_.shaderSource(Be,Mt),_.compileShader(Be),R.shaderError(_,Be,Mt,ee,qe),Tt[ve]=Be}return Be}var Ke={},Qe=[],Je=0;function lt(ee,ve){this.id=Je++,this.fragId=ee,this.vertId=ve,this.program=null,this.uniforms=[],this.attributes=[],this.refCount=1,de.profile&&(this.stats={uniformsCount:0,attributesCount:0})}function He(ee,ve,qe){var Tt,Be,Mt=Ge(tl,ee.fragId),vt=Ge(vm,ee.vertId),Jt=ee.program=_.createProgram();if(_.attachShader(Jt,Mt),_.attachShader(Jt,vt),qe)for(Tt=0;Tt<qe.length;++Tt){var Le=qe[Tt];_.bindAttribLocation(Jt,Le[0],Le[1])}_.linkProgram(Jt),R.linkError(_,Jt,I.str(ee.fragId),I.str(ee.vertId),ve);var Ce=_.getProgramParameter(Jt,ym);de.profile&&(ee.stats.uniformsCount=Ce);var Lt=ee.uniforms;for(Tt=0;Tt<Ce;++Tt)if(Be=_.getActiveUniform(Jt,Tt),Be)if(Be.size>1)for(var ct=0;ct<Be.size;++ct){var $e=Be.name.replace("[0]","["+ct+"]");Ve(Lt,new Ae($e,I.id($e),_.getUniformLocation(Jt,$e),Be))}else Ve(Lt,new Ae(Be.name,I.id(Be.name),_.getUniformLocation(Jt,Be.name),Be));var mt=_.getProgramParameter(Jt,Sm);de.profile&&(ee.stats.attributesCount=mt);var _t=ee.attributes;for(Tt=0;Tt<mt;++Tt)Be=_.getActiveAttrib(Jt,Tt),Be&&Ve(_t,new Ae(Be.name,I.id(Be.name),_.getAttribLocation(Jt,Be.name),Be))}de.profile&&(z.getMaxUniformsCount=function(){var ee=0;return Qe.forEach(function(ve){ve.stats.uniformsCount>ee&&(ee=ve.stats.uniformsCount)}),ee},z.getMaxAttributesCount=function(){var ee=0;return Qe.forEach(function(ve){ve.stats.attributesCount>ee&&(ee=ve.stats.attributesCount)}),ee});function Ze(){Re={},fe={};for(var ee=0;ee<Qe.length;++ee)He(Qe[ee],null,Qe[ee].attributes.map(function(ve){return[ve.location,ve.name]}))}return{clear:function(){var ee=_.deleteShader.bind(_);vn(Re).forEach(ee),Re={},vn(fe).forEach(ee),fe={},Qe.forEach(function(ve){_.deleteProgram(ve.program)}),Qe.length=0,Ke={},z.shaderCount=0},program:function(ee,ve,qe,Tt){R.command(ee>=0,"missing vertex shader",qe),R.command(ve>=0,"missing fragment shader",qe);var Be=Ke[ve];Be||(Be=Ke[ve]={});var Mt=Be[ee];if(Mt&&(Mt.refCount++,!Tt))return Mt;var vt=new lt(ve,ee);return z.shaderCount++,He(vt,qe,Tt),Mt||(Be[ee]=vt),Qe.push(vt),e(vt,{destroy:function(){if(vt.refCount--,vt.refCount<=0){_.deleteProgram(vt.program);var Jt=Qe.indexOf(vt);Qe.splice(Jt,1),z.shaderCount--}Be[vt.vertId].refCount<=0&&(_.deleteShader(fe[vt.vertId]),delete fe[vt.vertId],delete Ke[vt.fragId][vt.vertId]),Object.keys(Ke[vt.fragId]).length||(_.deleteShader(Re[vt.fragId]),delete Re[vt.fragId],delete Ke[vt.fragId])}})},restore:Ze,shader:Ge,frag:-1,vert:-1}}var Mm=6408,ao=5121,Em=3333,nl=5126;function Am(_,I,z,de,Re,fe,Ae){function Ve(Qe){var Je;I.next===null?(R(Re.preserveDrawingBuffer,'you must create a webgl context with "preserveDrawingBuffer":true in order to read pixels from the drawing buffer'),Je=ao):(R(I.next.colorAttachments[0].texture!==null,"You cannot read from a renderbuffer"),Je=I.next.colorAttachments[0].texture._texture.type,R.optional(function(){fe.oes_texture_float?(R(Je===ao||Je===nl,"Reading from a framebuffer is only allowed for the types 'uint8' and 'float'"),Je===nl&&R(Ae.readFloat,"Reading 'float' values is not permitted in your browser. For a fallback, please see: https://www.npmjs.com/package/glsl-read-float")):R(Je===ao,"Reading from a framebuffer is only allowed for the type 'uint8'")}));var lt=0,He=0,Ze=de.framebufferWidth,ee=de.framebufferHeight,ve=null;n(Qe)?ve=Qe:Qe&&(R.type(Qe,"object","invalid arguments to regl.read()"),lt=Qe.x|0,He=Qe.y|0,R(lt>=0&&lt<de.framebufferWidth,"invalid x offset for regl.read"),R(He>=0&&He<de.framebufferHeight,"invalid y offset for regl.read"),Ze=(Qe.width||de.framebufferWidth-lt)|0,ee=(Qe.height||de.framebufferHeight-He)|0,ve=Qe.data||null),ve&&(Je===ao?R(ve instanceof Uint8Array,"buffer must be 'Uint8Array' when reading from a framebuffer of type 'uint8'"):Je===nl&&R(ve instanceof Float32Array,"buffer must be 'Float32Array' when reading from a framebuffer of type 'float'")),R(Ze>0&&Ze+lt<=de.framebufferWidth,"invalid width for read pixels"),R(ee>0&&ee+He<=de.framebufferHeight,"invalid height for read pixels"),z();var qe=Ze*ee*4;return ve||(Je===ao?ve=new Uint8Array(qe):Je===nl&&(ve=ve||new Float32Array(qe))),R.isTypedArray(ve,"data buffer for regl.read() must be a typedarray"),R(ve.byteLength>=qe,"data buffer for regl.read() too small"),_.pixelStorei(Em,4),_.readPixels(lt,He,Ze,ee,Mm,Je,ve),ve}function Ge(Qe){var Je;return I.setFBO({framebuffer:Qe.framebuffer},function(){Je=Ve(Qe)}),Je}function Ke(Qe){return!Qe||!("framebuffer"in Qe)?Ve(Qe):Ge(Qe)}return Ke}function pa(_){return Array.prototype.slice.call(_)}function ma(_){return pa(_).join("")}function Tm(){var _=0,I=[],z=[];function de(Je){for(var lt=0;lt<z.length;++lt)if(z[lt]===Je)return I[lt];var He="g"+_++;return I.push(He),z.push(Je),He}function Re(){var Je=[];function lt(){Je.push.apply(Je,pa(arguments))}var He=[];function Ze(){var ee="v"+_++;return He.push(ee),arguments.length>0&&(Je.push(ee,"="),Je.push.apply(Je,pa(arguments)),Je.push(";")),ee}return e(lt,{def:Ze,toString:function(){return ma([He.length>0?"var "+He.join(",")+";":"",ma(Je)])}})}function fe(){var Je=Re(),lt=Re(),He=Je.toString,Ze=lt.toString;function ee(ve,qe){lt(ve,qe,"=",Je.def(ve,qe),";")}return e(function(){Je.apply(Je,pa(arguments))},{def:Je.def,entry:Je,exit:lt,save:ee,set:function(ve,qe,Tt){ee(ve,qe),Je(ve,qe,"=",Tt,";")},toString:function(){return He()+Ze()}})}function Ae(){var Je=ma(arguments),lt=fe(),He=fe(),Ze=lt.toString,ee=He.toString;return e(lt,{then:function(){return lt.apply(lt,pa(arguments)),this},else:function(){return He.apply(He,pa(arguments)),this},toString:function(){var ve=ee();return ve&&(ve="else{"+ve+"}"),ma(["if(",Je,"){",Ze(),"}",ve])}})}var Ve=Re(),Ge={};function Ke(Je,lt){var He=[];function Ze(){var Be="a"+He.length;return He.push(Be),Be}lt=lt||0;for(var ee=0;ee<lt;++ee)Ze();var ve=fe(),qe=ve.toString,Tt=Ge[Je]=e(ve,{arg:Ze,toString:function(){return ma(["function(",He.join(),"){",qe(),"}"])}});return Tt}function Qe(){var Je=['"use strict";',Ve,"return {"];Object.keys(Ge).forEach(function(Ze){Je.push('"',Ze,'":',Ge[Ze].toString(),",")}),Je.push("}");var lt=ma(Je).replace(/;/g,`;
`).replace(/}/g,`}
`).replace(/{/g,`{
`),He=Function.apply(null,I.concat(lt));return He.apply(null,z)}return{global:Ve,link:de,block:Re,proc:Ke,scope:fe,cond:Ae,compile:Qe}}var ga="xyzw".split(""),Ph=5121,_a=1,yc=2,Sc=0,bc=1,oo=2,lo=3,il=4,Mc=5,Lh=6,Ec="dither",Dh="blend.enable",Ac="blend.color",rl="blend.equation",sl="blend.func",Tc="depth.enable",wc="depth.func",Nh="depth.range",Cc="depth.mask",Rc="colorMask",xa="cull.enable",Oh="cull.face",Ic="frontFace",Pc="lineWidth",Fh="polygonOffset.enable",va="polygonOffset.offset",Uh="sample.alpha",d="sample.enable",L="sample.coverage",Q="stencil.enable",be="stencil.mask",We="stencil.func",At="stencil.opFront",Rt="stencil.opBack",bt="scissor.enable",st="scissor.box",dn="viewport",di="profile",vi="framebuffer",Fs="vert",Cr="frag",mr="elements",co="primitive",uo="count",Bh="offset",kh="instances",Lc="vao",wm="Width",Cm="Height",al=vi+wm,ol=vi+Cm,sS=dn+wm,aS=dn+Cm,s_="drawingBuffer",a_=s_+wm,o_=s_+Cm,oS=[sl,rl,We,At,Rt,L,dn,st,va],ll=34962,Rm=34963,lS=35632,cS=35633,l_=3553,uS=34067,hS=2884,fS=3042,dS=3024,pS=2960,mS=2929,gS=3089,_S=32823,xS=32926,vS=32928,Im=5126,zh=35664,Gh=35665,Vh=35666,Pm=5124,Hh=35667,Wh=35668,Xh=35669,Lm=35670,$h=35671,Yh=35672,qh=35673,Dc=35674,Nc=35675,Oc=35676,Fc=35678,Uc=35680,Dm=4,Bc=1028,ho=1029,c_=2304,Nm=2305,yS=32775,SS=32776,bS=519,ya=7680,u_=0,h_=1,f_=32774,MS=513,d_=36160,ES=36064,fs={0:0,1:1,zero:0,one:1,"src color":768,"one minus src color":769,"src alpha":770,"one minus src alpha":771,"dst color":774,"one minus dst color":775,"dst alpha":772,"one minus dst alpha":773,"constant color":32769,"one minus constant color":32770,"constant alpha":32771,"one minus constant alpha":32772,"src alpha saturate":776},p_=["constant color, constant alpha","one minus constant color, constant alpha","constant color, one minus constant alpha","one minus constant color, one minus constant alpha","constant alpha, constant color","constant alpha, one minus constant color","one minus constant alpha, constant color","one minus constant alpha, one minus constant color"],cl={never:512,less:513,"<":513,equal:514,"=":514,"==":514,"===":514,lequal:515,"<=":515,greater:516,">":516,notequal:517,"!=":517,"!==":517,gequal:518,">=":518,always:519},Sa={0:0,zero:0,keep:7680,replace:7681,increment:7682,decrement:7683,"increment wrap":34055,"decrement wrap":34056,invert:5386},m_={frag:lS,vert:cS},Om={cw:c_,ccw:Nm};function Zh(_){return Array.isArray(_)||n(_)||Xn(_)}function g_(_){return _.sort(function(I,z){return I===dn?-1:z===dn?1:I<z?-1:1})}function Ri(_,I,z,de){this.thisDep=_,this.contextDep=I,this.propDep=z,this.append=de}function ba(_){return _&&!(_.thisDep||_.contextDep||_.propDep)}function yi(_){return new Ri(!1,!1,!1,_)}function cr(_,I){var z=_.type;if(z===Sc){var de=_.data.length;return new Ri(!0,de>=1,de>=2,I)}else if(z===il){var Re=_.data;return new Ri(Re.thisDep,Re.contextDep,Re.propDep,I)}else{if(z===Mc)return new Ri(!1,!1,!1,I);if(z===Lh){for(var fe=!1,Ae=!1,Ve=!1,Ge=0;Ge<_.data.length;++Ge){var Ke=_.data[Ge];if(Ke.type===bc)Ve=!0;else if(Ke.type===oo)Ae=!0;else if(Ke.type===lo)fe=!0;else if(Ke.type===Sc){fe=!0;var Qe=Ke.data;Qe>=1&&(Ae=!0),Qe>=2&&(Ve=!0)}else Ke.type===il&&(fe=fe||Ke.data.thisDep,Ae=Ae||Ke.data.contextDep,Ve=Ve||Ke.data.propDep)}return new Ri(fe,Ae,Ve,I)}else return new Ri(z===lo,z===oo,z===bc,I)}}var __=new Ri(!1,!1,!1,function(){});function AS(_,I,z,de,Re,fe,Ae,Ve,Ge,Ke,Qe,Je,lt,He,Ze){var ee=Ke.Record,ve={add:32774,subtract:32778,"reverse subtract":32779};z.ext_blend_minmax&&(ve.min=yS,ve.max=SS);var qe=z.angle_instanced_arrays,Tt=z.webgl_draw_buffers,Be=z.oes_vertex_array_object,Mt={dirty:!0,profile:Ze.profile},vt={},Jt=[],Le={},Ce={};function Lt(N){return N.replace(".","_")}function ct(N,T,H){var J=Lt(N);Jt.push(N),vt[J]=Mt[J]=!!H,Le[J]=T}function $e(N,T,H){var J=Lt(N);Jt.push(N),Array.isArray(H)?(Mt[J]=H.slice(),vt[J]=H.slice()):Mt[J]=vt[J]=H,Ce[J]=T}ct(Ec,dS),ct(Dh,fS),$e(Ac,"blendColor",[0,0,0,0]),$e(rl,"blendEquationSeparate",[f_,f_]),$e(sl,"blendFuncSeparate",[h_,u_,h_,u_]),ct(Tc,mS,!0),$e(wc,"depthFunc",MS),$e(Nh,"depthRange",[0,1]),$e(Cc,"depthMask",!0),$e(Rc,Rc,[!0,!0,!0,!0]),ct(xa,hS),$e(Oh,"cullFace",ho),$e(Ic,Ic,Nm),$e(Pc,Pc,1),ct(Fh,_S),$e(va,"polygonOffset",[0,0]),ct(Uh,xS),ct(d,vS),$e(L,"sampleCoverage",[1,!1]),ct(Q,pS),$e(be,"stencilMask",-1),$e(We,"stencilFunc",[bS,0,-1]),$e(At,"stencilOpSeparate",[Bc,ya,ya,ya]),$e(Rt,"stencilOpSeparate",[ho,ya,ya,ya]),ct(bt,gS),$e(st,"scissor",[0,0,_.drawingBufferWidth,_.drawingBufferHeight]),$e(dn,dn,[0,0,_.drawingBufferWidth,_.drawingBufferHeight]);var mt={gl:_,context:lt,strings:I,next:vt,current:Mt,draw:Je,elements:fe,buffer:Re,shader:Qe,attributes:Ke.state,vao:Ke,uniforms:Ge,framebuffer:Ve,extensions:z,timer:He,isBufferArgs:Zh},_t={primTypes:or,compareFuncs:cl,blendFuncs:fs,blendEquations:ve,stencilOps:Sa,glTypes:dr,orientationType:Om};R.optional(function(){mt.isArrayLike=ii}),Tt&&(_t.backBuffer=[ho],_t.drawBuffer=Pe(de.maxDrawbuffers,function(N){return N===0?[0]:Pe(N,function(T){return ES+T})}));var fn=0;function ln(){var N=Tm(),T=N.link,H=N.global;N.id=fn++,N.batchId="0";var J=T(mt),te=N.shared={props:"a0"};Object.keys(mt).forEach(function(G){te[G]=H.def(J,".",G)}),R.optional(function(){N.CHECK=T(R),N.commandStr=R.guessCommand(),N.command=T(N.commandStr),N.assert=function(G,B,ne){G("if(!(",B,"))",this.CHECK,".commandRaise(",T(ne),",",this.command,");")},_t.invalidBlendCombinations=p_});var $=N.next={},W=N.current={};Object.keys(Ce).forEach(function(G){Array.isArray(Mt[G])&&($[G]=H.def(te.next,".",G),W[G]=H.def(te.current,".",G))});var j=N.constants={};Object.keys(_t).forEach(function(G){j[G]=H.def(JSON.stringify(_t[G]))}),N.invoke=function(G,B){switch(B.type){case Sc:var ne=["this",te.context,te.props,N.batchId];return G.def(T(B.data),".call(",ne.slice(0,Math.max(B.data.length+1,4)),")");case bc:return G.def(te.props,B.data);case oo:return G.def(te.context,B.data);case lo:return G.def("this",B.data);case il:return B.data.append(N,G),B.data.ref;case Mc:return B.data.toString();case Lh:return B.data.map(function(oe){return N.invoke(G,oe)})}},N.attribCache={};var P={};return N.scopeAttrib=function(G){var B=I.id(G);if(B in P)return P[B];var ne=Ke.scope[B];ne||(ne=Ke.scope[B]=new ee);var oe=P[B]=T(ne);return oe},N}function yt(N){var T=N.static,H=N.dynamic,J;if(di in T){var te=!!T[di];J=yi(function(W,j){return te}),J.enable=te}else if(di in H){var $=H[di];J=cr($,function(W,j){return W.invoke(j,$)})}return J}function Et(N,T){var H=N.static,J=N.dynamic;if(vi in H){var te=H[vi];return te?(te=Ve.getFramebuffer(te),R.command(te,"invalid framebuffer object"),yi(function(W,j){var P=W.link(te),G=W.shared;j.set(G.framebuffer,".next",P);var B=G.context;return j.set(B,"."+al,P+".width"),j.set(B,"."+ol,P+".height"),P})):yi(function(W,j){var P=W.shared;j.set(P.framebuffer,".next","null");var G=P.context;return j.set(G,"."+al,G+"."+a_),j.set(G,"."+ol,G+"."+o_),"null"})}else if(vi in J){var $=J[vi];return cr($,function(W,j){var P=W.invoke(j,$),G=W.shared,B=G.framebuffer,ne=j.def(B,".getFramebuffer(",P,")");R.optional(function(){W.assert(j,"!"+P+"||"+ne,"invalid framebuffer object")}),j.set(B,".next",ne);var oe=G.context;return j.set(oe,"."+al,ne+"?"+ne+".width:"+oe+"."+a_),j.set(oe,"."+ol,ne+"?"+ne+".height:"+oe+"."+o_),ne})}else return null}function nn(N,T,H){var J=N.static,te=N.dynamic;function $(P){if(P in J){var G=J[P];R.commandType(G,"object","invalid "+P,H.commandStr);var B=!0,ne=G.x|0,oe=G.y|0,Fe,at;return"width"in G?(Fe=G.width|0,R.command(Fe>=0,"invalid "+P,H.commandStr)):B=!1,"height"in G?(at=G.height|0,R.command(at>=0,"invalid "+P,H.commandStr)):B=!1,new Ri(!B&&T&&T.thisDep,!B&&T&&T.contextDep,!B&&T&&T.propDep,function(it,Ft){var Ct=it.shared.context,Dt=Fe;"width"in G||(Dt=Ft.def(Ct,".",al,"-",ne));var Nt=at;return"height"in G||(Nt=Ft.def(Ct,".",ol,"-",oe)),[ne,oe,Dt,Nt]})}else if(P in te){var ot=te[P],St=cr(ot,function(it,Ft){var Ct=it.invoke(Ft,ot);R.optional(function(){it.assert(Ft,Ct+"&&typeof "+Ct+'==="object"',"invalid "+P)});var Dt=it.shared.context,Nt=Ft.def(Ct,".x|0"),Ut=Ft.def(Ct,".y|0"),rn=Ft.def('"width" in ',Ct,"?",Ct,".width|0:","(",Dt,".",al,"-",Nt,")"),Zn=Ft.def('"height" in ',Ct,"?",Ct,".height|0:","(",Dt,".",ol,"-",Ut,")");return R.optional(function(){it.assert(Ft,rn+">=0&&"+Zn+">=0","invalid "+P)}),[Nt,Ut,rn,Zn]});return T&&(St.thisDep=St.thisDep||T.thisDep,St.contextDep=St.contextDep||T.contextDep,St.propDep=St.propDep||T.propDep),St}else return T?new Ri(T.thisDep,T.contextDep,T.propDep,function(it,Ft){var Ct=it.shared.context;return[0,0,Ft.def(Ct,".",al),Ft.def(Ct,".",ol)]}):null}var W=$(dn);if(W){var j=W;W=new Ri(W.thisDep,W.contextDep,W.propDep,function(P,G){var B=j.append(P,G),ne=P.shared.context;return G.set(ne,"."+sS,B[2]),G.set(ne,"."+aS,B[3]),B})}return{viewport:W,scissor_box:$(st)}}function un(N,T){var H=N.static,J=typeof H[Cr]=="string"&&typeof H[Fs]=="string";if(J){if(Object.keys(T.dynamic).length>0)return null;var te=T.static,$=Object.keys(te);if($.length>0&&typeof te[$[0]]=="number"){for(var W=[],j=0;j<$.length;++j)R(typeof te[$[j]]=="number","must specify all vertex attribute locations when using vaos"),W.push([te[$[j]]|0,$[j]]);return W}}return null}function Mn(N,T,H){var J=N.static,te=N.dynamic;function $(B){if(B in J){var ne=I.id(J[B]);R.optional(function(){Qe.shader(m_[B],ne,R.guessCommand())});var oe=yi(function(){return ne});return oe.id=ne,oe}else if(B in te){var Fe=te[B];return cr(Fe,function(at,ot){var St=at.invoke(ot,Fe),it=ot.def(at.shared.strings,".id(",St,")");return R.optional(function(){ot(at.shared.shader,".shader(",m_[B],",",it,",",at.command,");")}),it})}return null}var W=$(Cr),j=$(Fs),P=null,G;return ba(W)&&ba(j)?(P=Qe.program(j.id,W.id,null,H),G=yi(function(B,ne){return B.link(P)})):G=new Ri(W&&W.thisDep||j&&j.thisDep,W&&W.contextDep||j&&j.contextDep,W&&W.propDep||j&&j.propDep,function(B,ne){var oe=B.shared.shader,Fe;W?Fe=W.append(B,ne):Fe=ne.def(oe,".",Cr);var at;j?at=j.append(B,ne):at=ne.def(oe,".",Fs);var ot=oe+".program("+at+","+Fe;return R.optional(function(){ot+=","+B.command}),ne.def(ot+")")}),{frag:W,vert:j,progVar:G,program:P}}function oi(N,T){var H=N.static,J=N.dynamic,te={},$=!1;function W(){if(Lc in H){var Ft=H[Lc];return Ft!==null&&Ke.getVAO(Ft)===null&&(Ft=Ke.createVAO(Ft)),$=!0,te.vao=Ft,yi(function(Dt){var Nt=Ke.getVAO(Ft);return Nt?Dt.link(Nt):"null"})}else if(Lc in J){$=!0;var Ct=J[Lc];return cr(Ct,function(Dt,Nt){var Ut=Dt.invoke(Nt,Ct);return Nt.def(Dt.shared.vao+".getVAO("+Ut+")")})}return null}var j=W(),P=!1;function G(){if(mr in H){var Ft=H[mr];if(te.elements=Ft,Zh(Ft)){var Ct=te.elements=fe.create(Ft,!0);Ft=fe.getElements(Ct),P=!0}else Ft&&(Ft=fe.getElements(Ft),P=!0,R.command(Ft,"invalid elements",T.commandStr));var Dt=yi(function(Ut,rn){if(Ft){var Zn=Ut.link(Ft);return Ut.ELEMENTS=Zn,Zn}return Ut.ELEMENTS=null,null});return Dt.value=Ft,Dt}else if(mr in J){P=!0;var Nt=J[mr];return cr(Nt,function(Ut,rn){var Zn=Ut.shared,Di=Zn.isBufferArgs,Us=Zn.elements,Bs=Ut.invoke(rn,Nt),ks=rn.def("null"),Yi=rn.def(Di,"(",Bs,")"),ps=Ut.cond(Yi).then(ks,"=",Us,".createStream(",Bs,");").else(ks,"=",Us,".getElements(",Bs,");");return R.optional(function(){Ut.assert(ps.else,"!"+Bs+"||"+ks,"invalid elements")}),rn.entry(ps),rn.exit(Ut.cond(Yi).then(Us,".destroyStream(",ks,");")),Ut.ELEMENTS=ks,ks})}else if($)return new Ri(j.thisDep,j.contextDep,j.propDep,function(Ut,rn){return rn.def(Ut.shared.vao+".currentVAO?"+Ut.shared.elements+".getElements("+Ut.shared.vao+".currentVAO.elements):null")});return null}var B=G();function ne(){if(co in H){var Ft=H[co];return te.primitive=Ft,R.commandParameter(Ft,or,"invalid primitve",T.commandStr),yi(function(Dt,Nt){return or[Ft]})}else if(co in J){var Ct=J[co];return cr(Ct,function(Dt,Nt){var Ut=Dt.constants.primTypes,rn=Dt.invoke(Nt,Ct);return R.optional(function(){Dt.assert(Nt,rn+" in "+Ut,"invalid primitive, must be one of "+Object.keys(or))}),Nt.def(Ut,"[",rn,"]")})}else{if(P)return ba(B)?B.value?yi(function(Dt,Nt){return Nt.def(Dt.ELEMENTS,".primType")}):yi(function(){return Dm}):new Ri(B.thisDep,B.contextDep,B.propDep,function(Dt,Nt){var Ut=Dt.ELEMENTS;return Nt.def(Ut,"?",Ut,".primType:",Dm)});if($)return new Ri(j.thisDep,j.contextDep,j.propDep,function(Dt,Nt){return Nt.def(Dt.shared.vao+".currentVAO?"+Dt.shared.vao+".currentVAO.primitive:"+Dm)})}return null}function oe(Ft,Ct){if(Ft in H){var Dt=H[Ft]|0;return Ct?te.offset=Dt:te.instances=Dt,R.command(!Ct||Dt>=0,"invalid "+Ft,T.commandStr),yi(function(Ut,rn){return Ct&&(Ut.OFFSET=Dt),Dt})}else if(Ft in J){var Nt=J[Ft];return cr(Nt,function(Ut,rn){var Zn=Ut.invoke(rn,Nt);return Ct&&(Ut.OFFSET=Zn,R.optional(function(){Ut.assert(rn,Zn+">=0","invalid "+Ft)})),Zn})}else if(Ct){if(P)return yi(function(Ut,rn){return Ut.OFFSET=0,0});if($)return new Ri(j.thisDep,j.contextDep,j.propDep,function(Ut,rn){return rn.def(Ut.shared.vao+".currentVAO?"+Ut.shared.vao+".currentVAO.offset:0")})}else if($)return new Ri(j.thisDep,j.contextDep,j.propDep,function(Ut,rn){return rn.def(Ut.shared.vao+".currentVAO?"+Ut.shared.vao+".currentVAO.instances:-1")});return null}var Fe=oe(Bh,!0);function at(){if(uo in H){var Ft=H[uo]|0;return te.count=Ft,R.command(typeof Ft=="number"&&Ft>=0,"invalid vertex count",T.commandStr),yi(function(){return Ft})}else if(uo in J){var Ct=J[uo];return cr(Ct,function(rn,Zn){var Di=rn.invoke(Zn,Ct);return R.optional(function(){rn.assert(Zn,"typeof "+Di+'==="number"&&'+Di+">=0&&"+Di+"===("+Di+"|0)","invalid vertex count")}),Di})}else if(P)if(ba(B)){if(B)return Fe?new Ri(Fe.thisDep,Fe.contextDep,Fe.propDep,function(rn,Zn){var Di=Zn.def(rn.ELEMENTS,".vertCount-",rn.OFFSET);return R.optional(function(){rn.assert(Zn,Di+">=0","invalid vertex offset/element buffer too small")}),Di}):yi(function(rn,Zn){return Zn.def(rn.ELEMENTS,".vertCount")});var Dt=yi(function(){return-1});return R.optional(function(){Dt.MISSING=!0}),Dt}else{var Nt=new Ri(B.thisDep||Fe.thisDep,B.contextDep||Fe.contextDep,B.propDep||Fe.propDep,function(rn,Zn){var Di=rn.ELEMENTS;return rn.OFFSET?Zn.def(Di,"?",Di,".vertCount-",rn.OFFSET,":-1"):Zn.def(Di,"?",Di,".vertCount:-1")});return R.optional(function(){Nt.DYNAMIC=!0}),Nt}else if($){var Ut=new Ri(j.thisDep,j.contextDep,j.propDep,function(rn,Zn){return Zn.def(rn.shared.vao,".currentVAO?",rn.shared.vao,".currentVAO.count:-1")});return Ut}return null}var ot=ne(),St=at(),it=oe(kh,!1);return{elements:B,primitive:ot,count:St,instances:it,offset:Fe,vao:j,vaoActive:$,elementsActive:P,static:te}}function ci(N,T){var H=N.static,J=N.dynamic,te={};return Jt.forEach(function($){var W=Lt($);function j(P,G){if($ in H){var B=P(H[$]);te[W]=yi(function(){return B})}else if($ in J){var ne=J[$];te[W]=cr(ne,function(oe,Fe){return G(oe,Fe,oe.invoke(Fe,ne))})}}switch($){case xa:case Dh:case Ec:case Q:case Tc:case bt:case Fh:case Uh:case d:case Cc:return j(function(P){return R.commandType(P,"boolean",$,T.commandStr),P},function(P,G,B){return R.optional(function(){P.assert(G,"typeof "+B+'==="boolean"',"invalid flag "+$,P.commandStr)}),B});case wc:return j(function(P){return R.commandParameter(P,cl,"invalid "+$,T.commandStr),cl[P]},function(P,G,B){var ne=P.constants.compareFuncs;return R.optional(function(){P.assert(G,B+" in "+ne,"invalid "+$+", must be one of "+Object.keys(cl))}),G.def(ne,"[",B,"]")});case Nh:return j(function(P){return R.command(ii(P)&&P.length===2&&typeof P[0]=="number"&&typeof P[1]=="number"&&P[0]<=P[1],"depth range is 2d array",T.commandStr),P},function(P,G,B){R.optional(function(){P.assert(G,P.shared.isArrayLike+"("+B+")&&"+B+".length===2&&typeof "+B+'[0]==="number"&&typeof '+B+'[1]==="number"&&'+B+"[0]<="+B+"[1]","depth range must be a 2d array")});var ne=G.def("+",B,"[0]"),oe=G.def("+",B,"[1]");return[ne,oe]});case sl:return j(function(P){R.commandType(P,"object","blend.func",T.commandStr);var G="srcRGB"in P?P.srcRGB:P.src,B="srcAlpha"in P?P.srcAlpha:P.src,ne="dstRGB"in P?P.dstRGB:P.dst,oe="dstAlpha"in P?P.dstAlpha:P.dst;return R.commandParameter(G,fs,W+".srcRGB",T.commandStr),R.commandParameter(B,fs,W+".srcAlpha",T.commandStr),R.commandParameter(ne,fs,W+".dstRGB",T.commandStr),R.commandParameter(oe,fs,W+".dstAlpha",T.commandStr),R.command(p_.indexOf(G+", "+ne)===-1,"unallowed blending combination (srcRGB, dstRGB) = ("+G+", "+ne+")",T.commandStr),[fs[G],fs[ne],fs[B],fs[oe]]},function(P,G,B){var ne=P.constants.blendFuncs;R.optional(function(){P.assert(G,B+"&&typeof "+B+'==="object"',"invalid blend func, must be an object")});function oe(Ct,Dt){var Nt=G.def('"',Ct,Dt,'" in ',B,"?",B,".",Ct,Dt,":",B,".",Ct);return R.optional(function(){P.assert(G,Nt+" in "+ne,"invalid "+$+"."+Ct+Dt+", must be one of "+Object.keys(fs))}),Nt}var Fe=oe("src","RGB"),at=oe("dst","RGB");R.optional(function(){var Ct=P.constants.invalidBlendCombinations;P.assert(G,Ct+".indexOf("+Fe+'+", "+'+at+") === -1 ","unallowed blending combination for (srcRGB, dstRGB)")});var ot=G.def(ne,"[",Fe,"]"),St=G.def(ne,"[",oe("src","Alpha"),"]"),it=G.def(ne,"[",at,"]"),Ft=G.def(ne,"[",oe("dst","Alpha"),"]");return[ot,it,St,Ft]});case rl:return j(function(P){if(typeof P=="string")return R.commandParameter(P,ve,"invalid "+$,T.commandStr),[ve[P],ve[P]];if(typeof P=="object")return R.commandParameter(P.rgb,ve,$+".rgb",T.commandStr),R.commandParameter(P.alpha,ve,$+".alpha",T.commandStr),[ve[P.rgb],ve[P.alpha]];R.commandRaise("invalid blend.equation",T.commandStr)},function(P,G,B){var ne=P.constants.blendEquations,oe=G.def(),Fe=G.def(),at=P.cond("typeof ",B,'==="string"');return R.optional(function(){function ot(St,it,Ft){P.assert(St,Ft+" in "+ne,"invalid "+it+", must be one of "+Object.keys(ve))}ot(at.then,$,B),P.assert(at.else,B+"&&typeof "+B+'==="object"',"invalid "+$),ot(at.else,$+".rgb",B+".rgb"),ot(at.else,$+".alpha",B+".alpha")}),at.then(oe,"=",Fe,"=",ne,"[",B,"];"),at.else(oe,"=",ne,"[",B,".rgb];",Fe,"=",ne,"[",B,".alpha];"),G(at),[oe,Fe]});case Ac:return j(function(P){return R.command(ii(P)&&P.length===4,"blend.color must be a 4d array",T.commandStr),Pe(4,function(G){return+P[G]})},function(P,G,B){return R.optional(function(){P.assert(G,P.shared.isArrayLike+"("+B+")&&"+B+".length===4","blend.color must be a 4d array")}),Pe(4,function(ne){return G.def("+",B,"[",ne,"]")})});case be:return j(function(P){return R.commandType(P,"number",W,T.commandStr),P|0},function(P,G,B){return R.optional(function(){P.assert(G,"typeof "+B+'==="number"',"invalid stencil.mask")}),G.def(B,"|0")});case We:return j(function(P){R.commandType(P,"object",W,T.commandStr);var G=P.cmp||"keep",B=P.ref||0,ne="mask"in P?P.mask:-1;return R.commandParameter(G,cl,$+".cmp",T.commandStr),R.commandType(B,"number",$+".ref",T.commandStr),R.commandType(ne,"number",$+".mask",T.commandStr),[cl[G],B,ne]},function(P,G,B){var ne=P.constants.compareFuncs;R.optional(function(){function ot(){P.assert(G,Array.prototype.join.call(arguments,""),"invalid stencil.func")}ot(B+"&&typeof ",B,'==="object"'),ot('!("cmp" in ',B,")||(",B,".cmp in ",ne,")")});var oe=G.def('"cmp" in ',B,"?",ne,"[",B,".cmp]",":",ya),Fe=G.def(B,".ref|0"),at=G.def('"mask" in ',B,"?",B,".mask|0:-1");return[oe,Fe,at]});case At:case Rt:return j(function(P){R.commandType(P,"object",W,T.commandStr);var G=P.fail||"keep",B=P.zfail||"keep",ne=P.zpass||"keep";return R.commandParameter(G,Sa,$+".fail",T.commandStr),R.commandParameter(B,Sa,$+".zfail",T.commandStr),R.commandParameter(ne,Sa,$+".zpass",T.commandStr),[$===Rt?ho:Bc,Sa[G],Sa[B],Sa[ne]]},function(P,G,B){var ne=P.constants.stencilOps;R.optional(function(){P.assert(G,B+"&&typeof "+B+'==="object"',"invalid "+$)});function oe(Fe){return R.optional(function(){P.assert(G,'!("'+Fe+'" in '+B+")||("+B+"."+Fe+" in "+ne+")","invalid "+$+"."+Fe+", must be one of "+Object.keys(Sa))}),G.def('"',Fe,'" in ',B,"?",ne,"[",B,".",Fe,"]:",ya)}return[$===Rt?ho:Bc,oe("fail"),oe("zfail"),oe("zpass")]});case va:return j(function(P){R.commandType(P,"object",W,T.commandStr);var G=P.factor|0,B=P.units|0;return R.commandType(G,"number",W+".factor",T.commandStr),R.commandType(B,"number",W+".units",T.commandStr),[G,B]},function(P,G,B){R.optional(function(){P.assert(G,B+"&&typeof "+B+'==="object"',"invalid "+$)});var ne=G.def(B,".factor|0"),oe=G.def(B,".units|0");return[ne,oe]});case Oh:return j(function(P){var G=0;return P==="front"?G=Bc:P==="back"&&(G=ho),R.command(!!G,W,T.commandStr),G},function(P,G,B){return R.optional(function(){P.assert(G,B+'==="front"||'+B+'==="back"',"invalid cull.face")}),G.def(B,'==="front"?',Bc,":",ho)});case Pc:return j(function(P){return R.command(typeof P=="number"&&P>=de.lineWidthDims[0]&&P<=de.lineWidthDims[1],"invalid line width, must be a positive number between "+de.lineWidthDims[0]+" and "+de.lineWidthDims[1],T.commandStr),P},function(P,G,B){return R.optional(function(){P.assert(G,"typeof "+B+'==="number"&&'+B+">="+de.lineWidthDims[0]+"&&"+B+"<="+de.lineWidthDims[1],"invalid line width")}),B});case Ic:return j(function(P){return R.commandParameter(P,Om,W,T.commandStr),Om[P]},function(P,G,B){return R.optional(function(){P.assert(G,B+'==="cw"||'+B+'==="ccw"',"invalid frontFace, must be one of cw,ccw")}),G.def(B+'==="cw"?'+c_+":"+Nm)});case Rc:return j(function(P){return R.command(ii(P)&&P.length===4,"color.mask must be length 4 array",T.commandStr),P.map(function(G){return!!G})},function(P,G,B){return R.optional(function(){P.assert(G,P.shared.isArrayLike+"("+B+")&&"+B+".length===4","invalid color.mask")}),Pe(4,function(ne){return"!!"+B+"["+ne+"]"})});case L:return j(function(P){R.command(typeof P=="object"&&P,W,T.commandStr);var G="value"in P?P.value:1,B=!!P.invert;return R.command(typeof G=="number"&&G>=0&&G<=1,"sample.coverage.value must be a number between 0 and 1",T.commandStr),[G,B]},function(P,G,B){R.optional(function(){P.assert(G,B+"&&typeof "+B+'==="object"',"invalid sample.coverage")});var ne=G.def('"value" in ',B,"?+",B,".value:1"),oe=G.def("!!",B,".invert");return[ne,oe]})}}),te}function wn(N,T){var H=N.static,J=N.dynamic,te={};return Object.keys(H).forEach(function($){var W=H[$],j;if(typeof W=="number"||typeof W=="boolean")j=yi(function(){return W});else if(typeof W=="function"){var P=W._reglType;P==="texture2d"||P==="textureCube"?j=yi(function(G){return G.link(W)}):P==="framebuffer"||P==="framebufferCube"?(R.command(W.color.length>0,'missing color attachment for framebuffer sent to uniform "'+$+'"',T.commandStr),j=yi(function(G){return G.link(W.color[0])})):R.commandRaise('invalid data for uniform "'+$+'"',T.commandStr)}else ii(W)?j=yi(function(G){var B=G.global.def("[",Pe(W.length,function(ne){return R.command(typeof W[ne]=="number"||typeof W[ne]=="boolean","invalid uniform "+$,G.commandStr),W[ne]}),"]");return B}):R.commandRaise('invalid or missing data for uniform "'+$+'"',T.commandStr);j.value=W,te[$]=j}),Object.keys(J).forEach(function($){var W=J[$];te[$]=cr(W,function(j,P){return j.invoke(P,W)})}),te}function Ei(N,T){var H=N.static,J=N.dynamic,te={};return Object.keys(H).forEach(function($){var W=H[$],j=I.id($),P=new ee;if(Zh(W))P.state=_a,P.buffer=Re.getBuffer(Re.create(W,ll,!1,!0)),P.type=0;else{var G=Re.getBuffer(W);if(G)P.state=_a,P.buffer=G,P.type=0;else if(R.command(typeof W=="object"&&W,"invalid data for attribute "+$,T.commandStr),"constant"in W){var B=W.constant;P.buffer="null",P.state=yc,typeof B=="number"?P.x=B:(R.command(ii(B)&&B.length>0&&B.length<=4,"invalid constant for attribute "+$,T.commandStr),ga.forEach(function(it,Ft){Ft<B.length&&(P[it]=B[Ft])}))}else{Zh(W.buffer)?G=Re.getBuffer(Re.create(W.buffer,ll,!1,!0)):G=Re.getBuffer(W.buffer),R.command(!!G,'missing buffer for attribute "'+$+'"',T.commandStr);var ne=W.offset|0;R.command(ne>=0,'invalid offset for attribute "'+$+'"',T.commandStr);var oe=W.stride|0;R.command(oe>=0&&oe<256,'invalid stride for attribute "'+$+'", must be integer betweeen [0, 255]',T.commandStr);var Fe=W.size|0;R.command(!("size"in W)||Fe>0&&Fe<=4,'invalid size for attribute "'+$+'", must be 1,2,3,4',T.commandStr);var at=!!W.normalized,ot=0;"type"in W&&(R.commandParameter(W.type,dr,"invalid type for attribute "+$,T.commandStr),ot=dr[W.type]);var St=W.divisor|0;R.optional(function(){"divisor"in W&&(R.command(St===0||qe,'cannot specify divisor for attribute "'+$+'", instancing not supported',T.commandStr),R.command(St>=0,'invalid divisor for attribute "'+$+'"',T.commandStr));var it=T.commandStr,Ft=["buffer","offset","divisor","normalized","type","size","stride"];Object.keys(W).forEach(function(Ct){R.command(Ft.indexOf(Ct)>=0,'unknown parameter "'+Ct+'" for attribute pointer "'+$+'" (valid parameters are '+Ft+")",it)})}),P.buffer=G,P.state=_a,P.size=Fe,P.normalized=at,P.type=ot||G.dtype,P.offset=ne,P.stride=oe,P.divisor=St}}te[$]=yi(function(it,Ft){var Ct=it.attribCache;if(j in Ct)return Ct[j];var Dt={isStream:!1};return Object.keys(P).forEach(function(Nt){Dt[Nt]=P[Nt]}),P.buffer&&(Dt.buffer=it.link(P.buffer),Dt.type=Dt.type||Dt.buffer+".dtype"),Ct[j]=Dt,Dt})}),Object.keys(J).forEach(function($){var W=J[$];function j(P,G){var B=P.invoke(G,W),ne=P.shared,oe=P.constants,Fe=ne.isBufferArgs,at=ne.buffer;R.optional(function(){P.assert(G,B+"&&(typeof "+B+'==="object"||typeof '+B+'==="function")&&('+Fe+"("+B+")||"+at+".getBuffer("+B+")||"+at+".getBuffer("+B+".buffer)||"+Fe+"("+B+'.buffer)||("constant" in '+B+"&&(typeof "+B+'.constant==="number"||'+ne.isArrayLike+"("+B+".constant))))",'invalid dynamic attribute "'+$+'"')});var ot={isStream:G.def(!1)},St=new ee;St.state=_a,Object.keys(St).forEach(function(Dt){ot[Dt]=G.def(""+St[Dt])});var it=ot.buffer,Ft=ot.type;G("if(",Fe,"(",B,")){",ot.isStream,"=true;",it,"=",at,".createStream(",ll,",",B,");",Ft,"=",it,".dtype;","}else{",it,"=",at,".getBuffer(",B,");","if(",it,"){",Ft,"=",it,".dtype;",'}else if("constant" in ',B,"){",ot.state,"=",yc,";","if(typeof "+B+'.constant === "number"){',ot[ga[0]],"=",B,".constant;",ga.slice(1).map(function(Dt){return ot[Dt]}).join("="),"=0;","}else{",ga.map(function(Dt,Nt){return ot[Dt]+"="+B+".constant.length>"+Nt+"?"+B+".constant["+Nt+"]:0;"}).join(""),"}}else{","if(",Fe,"(",B,".buffer)){",it,"=",at,".createStream(",ll,",",B,".buffer);","}else{",it,"=",at,".getBuffer(",B,".buffer);","}",Ft,'="type" in ',B,"?",oe.glTypes,"[",B,".type]:",it,".dtype;",ot.normalized,"=!!",B,".normalized;");function Ct(Dt){G(ot[Dt],"=",B,".",Dt,"|0;")}return Ct("size"),Ct("offset"),Ct("stride"),Ct("divisor"),G("}}"),G.exit("if(",ot.isStream,"){",at,".destroyStream(",it,");","}"),ot}te[$]=cr(W,j)}),te}function ei(N){var T=N.static,H=N.dynamic,J={};return Object.keys(T).forEach(function(te){var $=T[te];J[te]=yi(function(W,j){return typeof $=="number"||typeof $=="boolean"?""+$:W.link($)})}),Object.keys(H).forEach(function(te){var $=H[te];J[te]=cr($,function(W,j){return W.invoke(j,$)})}),J}function Si(N,T,H,J,te){var $=N.static,W=N.dynamic;R.optional(function(){var Ct=[vi,Fs,Cr,mr,co,Bh,uo,kh,di,Lc].concat(Jt);function Dt(Nt){Object.keys(Nt).forEach(function(Ut){R.command(Ct.indexOf(Ut)>=0,'unknown parameter "'+Ut+'"',te.commandStr)})}Dt($),Dt(W)});var j=un(N,T),P=Et(N,te),G=nn(N,P,te),B=oi(N,te),ne=ci(N,te),oe=Mn(N,te,j);function Fe(Ct){var Dt=G[Ct];Dt&&(ne[Ct]=Dt)}Fe(dn),Fe(Lt(st));var at=Object.keys(ne).length>0,ot={framebuffer:P,draw:B,shader:oe,state:ne,dirty:at,scopeVAO:null,drawVAO:null,useVAO:!1,attributes:{}};if(ot.profile=yt(N,te),ot.uniforms=wn(H,te),ot.drawVAO=ot.scopeVAO=B.vao,!ot.drawVAO&&oe.program&&!j&&z.angle_instanced_arrays&&B.static.elements){var St=!0,it=oe.program.attributes.map(function(Ct){var Dt=T.static[Ct];return St=St&&!!Dt,Dt});if(St&&it.length>0){var Ft=Ke.getVAO(Ke.createVAO({attributes:it,elements:B.static.elements}));ot.drawVAO=new Ri(null,null,null,function(Ct,Dt){return Ct.link(Ft)}),ot.useVAO=!0}}return j?ot.useVAO=!0:ot.attributes=Ei(T,te),ot.context=ei(J,te),ot}function Ai(N,T,H){var J=N.shared,te=J.context,$=N.scope();Object.keys(H).forEach(function(W){T.save(te,"."+W);var j=H[W],P=j.append(N,T);Array.isArray(P)?$(te,".",W,"=[",P.join(),"];"):$(te,".",W,"=",P,";")}),T($)}function Ti(N,T,H,J){var te=N.shared,$=te.gl,W=te.framebuffer,j;Tt&&(j=T.def(te.extensions,".webgl_draw_buffers"));var P=N.constants,G=P.drawBuffer,B=P.backBuffer,ne;H?ne=H.append(N,T):ne=T.def(W,".next"),J||T("if(",ne,"!==",W,".cur){"),T("if(",ne,"){",$,".bindFramebuffer(",d_,",",ne,".framebuffer);"),Tt&&T(j,".drawBuffersWEBGL(",G,"[",ne,".colorAttachments.length]);"),T("}else{",$,".bindFramebuffer(",d_,",null);"),Tt&&T(j,".drawBuffersWEBGL(",B,");"),T("}",W,".cur=",ne,";"),J||T("}")}function Li(N,T,H){var J=N.shared,te=J.gl,$=N.current,W=N.next,j=J.current,P=J.next,G=N.cond(j,".dirty");Jt.forEach(function(B){var ne=Lt(B);if(!(ne in H.state)){var oe,Fe;if(ne in W){oe=W[ne],Fe=$[ne];var at=Pe(Mt[ne].length,function(St){return G.def(oe,"[",St,"]")});G(N.cond(at.map(function(St,it){return St+"!=="+Fe+"["+it+"]"}).join("||")).then(te,".",Ce[ne],"(",at,");",at.map(function(St,it){return Fe+"["+it+"]="+St}).join(";"),";"))}else{oe=G.def(P,".",ne);var ot=N.cond(oe,"!==",j,".",ne);G(ot),ne in Le?ot(N.cond(oe).then(te,".enable(",Le[ne],");").else(te,".disable(",Le[ne],");"),j,".",ne,"=",oe,";"):ot(te,".",Ce[ne],"(",oe,");",j,".",ne,"=",oe,";")}}}),Object.keys(H.state).length===0&&G(j,".dirty=false;"),T(G)}function ki(N,T,H,J){var te=N.shared,$=N.current,W=te.current,j=te.gl;g_(Object.keys(H)).forEach(function(P){var G=H[P];if(!(J&&!J(G))){var B=G.append(N,T);if(Le[P]){var ne=Le[P];ba(G)?B?T(j,".enable(",ne,");"):T(j,".disable(",ne,");"):T(N.cond(B).then(j,".enable(",ne,");").else(j,".disable(",ne,");")),T(W,".",P,"=",B,";")}else if(ii(B)){var oe=$[P];T(j,".",Ce[P],"(",B,");",B.map(function(Fe,at){return oe+"["+at+"]="+Fe}).join(";"),";")}else T(j,".",Ce[P],"(",B,");",W,".",P,"=",B,";")}})}function pi(N,T){qe&&(N.instancing=T.def(N.shared.extensions,".angle_instanced_arrays"))}function gn(N,T,H,J,te){var $=N.shared,W=N.stats,j=$.current,P=$.timer,G=H.profile;function B(){return typeof performance>"u"?"Date.now()":"performance.now()"}var ne,oe;function Fe(Ct){ne=T.def(),Ct(ne,"=",B(),";"),typeof te=="string"?Ct(W,".count+=",te,";"):Ct(W,".count++;"),He&&(J?(oe=T.def(),Ct(oe,"=",P,".getNumPendingQueries();")):Ct(P,".beginQuery(",W,");"))}function at(Ct){Ct(W,".cpuTime+=",B(),"-",ne,";"),He&&(J?Ct(P,".pushScopeStats(",oe,",",P,".getNumPendingQueries(),",W,");"):Ct(P,".endQuery();"))}function ot(Ct){var Dt=T.def(j,".profile");T(j,".profile=",Ct,";"),T.exit(j,".profile=",Dt,";")}var St;if(G){if(ba(G)){G.enable?(Fe(T),at(T.exit),ot("true")):ot("false");return}St=G.append(N,T),ot(St)}else St=T.def(j,".profile");var it=N.block();Fe(it),T("if(",St,"){",it,"}");var Ft=N.block();at(Ft),T.exit("if(",St,"){",Ft,"}")}function zi(N,T,H,J,te){var $=N.shared;function W(P){switch(P){case zh:case Hh:case $h:return 2;case Gh:case Wh:case Yh:return 3;case Vh:case Xh:case qh:return 4;default:return 1}}function j(P,G,B){var ne=$.gl,oe=T.def(P,".location"),Fe=T.def($.attributes,"[",oe,"]"),at=B.state,ot=B.buffer,St=[B.x,B.y,B.z,B.w],it=["buffer","normalized","offset","stride"];function Ft(){T("if(!",Fe,".buffer){",ne,".enableVertexAttribArray(",oe,");}");var Dt=B.type,Nt;if(B.size?Nt=T.def(B.size,"||",G):Nt=G,T("if(",Fe,".type!==",Dt,"||",Fe,".size!==",Nt,"||",it.map(function(rn){return Fe+"."+rn+"!=="+B[rn]}).join("||"),"){",ne,".bindBuffer(",ll,",",ot,".buffer);",ne,".vertexAttribPointer(",[oe,Nt,Dt,B.normalized,B.stride,B.offset],");",Fe,".type=",Dt,";",Fe,".size=",Nt,";",it.map(function(rn){return Fe+"."+rn+"="+B[rn]+";"}).join(""),"}"),qe){var Ut=B.divisor;T("if(",Fe,".divisor!==",Ut,"){",N.instancing,".vertexAttribDivisorANGLE(",[oe,Ut],");",Fe,".divisor=",Ut,";}")}}function Ct(){T("if(",Fe,".buffer){",ne,".disableVertexAttribArray(",oe,");",Fe,".buffer=null;","}if(",ga.map(function(Dt,Nt){return Fe+"."+Dt+"!=="+St[Nt]}).join("||"),"){",ne,".vertexAttrib4f(",oe,",",St,");",ga.map(function(Dt,Nt){return Fe+"."+Dt+"="+St[Nt]+";"}).join(""),"}")}at===_a?Ft():at===yc?Ct():(T("if(",at,"===",_a,"){"),Ft(),T("}else{"),Ct(),T("}"))}J.forEach(function(P){var G=P.name,B=H.attributes[G],ne;if(B){if(!te(B))return;ne=B.append(N,T)}else{if(!te(__))return;var oe=N.scopeAttrib(G);R.optional(function(){N.assert(T,oe+".state","missing attribute "+G)}),ne={},Object.keys(new ee).forEach(function(Fe){ne[Fe]=T.def(oe,".",Fe)})}j(N.link(P),W(P.info.type),ne)})}function Bn(N,T,H,J,te,$){for(var W=N.shared,j=W.gl,P,G=0;G<J.length;++G){var B=J[G],ne=B.name,oe=B.info.type,Fe=H.uniforms[ne],at=N.link(B),ot=at+".location",St;if(Fe){if(!te(Fe))continue;if(ba(Fe)){var it=Fe.value;if(R.command(it!==null&&typeof it<"u",'missing uniform "'+ne+'"',N.commandStr),oe===Fc||oe===Uc){R.command(typeof it=="function"&&(oe===Fc&&(it._reglType==="texture2d"||it._reglType==="framebuffer")||oe===Uc&&(it._reglType==="textureCube"||it._reglType==="framebufferCube")),"invalid texture for uniform "+ne,N.commandStr);var Ft=N.link(it._texture||it.color[0]._texture);T(j,".uniform1i(",ot,",",Ft+".bind());"),T.exit(Ft,".unbind();")}else if(oe===Dc||oe===Nc||oe===Oc){R.optional(function(){R.command(ii(it),"invalid matrix for uniform "+ne,N.commandStr),R.command(oe===Dc&&it.length===4||oe===Nc&&it.length===9||oe===Oc&&it.length===16,"invalid length for matrix uniform "+ne,N.commandStr)});var Ct=N.global.def("new Float32Array(["+Array.prototype.slice.call(it)+"])"),Dt=2;oe===Nc?Dt=3:oe===Oc&&(Dt=4),T(j,".uniformMatrix",Dt,"fv(",ot,",false,",Ct,");")}else{switch(oe){case Im:R.commandType(it,"number","uniform "+ne,N.commandStr),P="1f";break;case zh:R.command(ii(it)&&it.length===2,"uniform "+ne,N.commandStr),P="2f";break;case Gh:R.command(ii(it)&&it.length===3,"uniform "+ne,N.commandStr),P="3f";break;case Vh:R.command(ii(it)&&it.length===4,"uniform "+ne,N.commandStr),P="4f";break;case Lm:R.commandType(it,"boolean","uniform "+ne,N.commandStr),P="1i";break;case Pm:R.commandType(it,"number","uniform "+ne,N.commandStr),P="1i";break;case $h:R.command(ii(it)&&it.length===2,"uniform "+ne,N.commandStr),P="2i";break;case Hh:R.command(ii(it)&&it.length===2,"uniform "+ne,N.commandStr),P="2i";break;case Yh:R.command(ii(it)&&it.length===3,"uniform "+ne,N.commandStr),P="3i";break;case Wh:R.command(ii(it)&&it.length===3,"uniform "+ne,N.commandStr),P="3i";break;case qh:R.command(ii(it)&&it.length===4,"uniform "+ne,N.commandStr),P="4i";break;case Xh:R.command(ii(it)&&it.length===4,"uniform "+ne,N.commandStr),P="4i";break}T(j,".uniform",P,"(",ot,",",ii(it)?Array.prototype.slice.call(it):it,");")}continue}else St=Fe.append(N,T)}else{if(!te(__))continue;St=T.def(W.uniforms,"[",I.id(ne),"]")}oe===Fc?(R(!Array.isArray(St),"must specify a scalar prop for textures"),T("if(",St,"&&",St,'._reglType==="framebuffer"){',St,"=",St,".color[0];","}")):oe===Uc&&(R(!Array.isArray(St),"must specify a scalar prop for cube maps"),T("if(",St,"&&",St,'._reglType==="framebufferCube"){',St,"=",St,".color[0];","}")),R.optional(function(){function Yi(Wr,E_){N.assert(T,Wr,'bad data or missing for uniform "'+ne+'".  '+E_)}function ps(Wr){R(!Array.isArray(St),"must not specify an array type for uniform"),Yi("typeof "+St+'==="'+Wr+'"',"invalid type, expected "+Wr)}function Rr(Wr,E_){Array.isArray(St)?R(St.length===Wr,"must have length "+Wr):Yi(W.isArrayLike+"("+St+")&&"+St+".length==="+Wr,"invalid vector, should have length "+Wr,N.commandStr)}function M_(Wr){R(!Array.isArray(St),"must not specify a value type"),Yi("typeof "+St+'==="function"&&'+St+'._reglType==="texture'+(Wr===l_?"2d":"Cube")+'"',"invalid texture type",N.commandStr)}switch(oe){case Pm:ps("number");break;case Hh:Rr(2,"number");break;case Wh:Rr(3,"number");break;case Xh:Rr(4,"number");break;case Im:ps("number");break;case zh:Rr(2,"number");break;case Gh:Rr(3,"number");break;case Vh:Rr(4,"number");break;case Lm:ps("boolean");break;case $h:Rr(2,"boolean");break;case Yh:Rr(3,"boolean");break;case qh:Rr(4,"boolean");break;case Dc:Rr(4,"number");break;case Nc:Rr(9,"number");break;case Oc:Rr(16,"number");break;case Fc:M_(l_);break;case Uc:M_(uS);break}});var Nt=1;switch(oe){case Fc:case Uc:var Ut=T.def(St,"._texture");T(j,".uniform1i(",ot,",",Ut,".bind());"),T.exit(Ut,".unbind();");continue;case Pm:case Lm:P="1i";break;case Hh:case $h:P="2i",Nt=2;break;case Wh:case Yh:P="3i",Nt=3;break;case Xh:case qh:P="4i",Nt=4;break;case Im:P="1f";break;case zh:P="2f",Nt=2;break;case Gh:P="3f",Nt=3;break;case Vh:P="4f",Nt=4;break;case Dc:P="Matrix2fv";break;case Nc:P="Matrix3fv";break;case Oc:P="Matrix4fv";break}if(P.charAt(0)==="M"){T(j,".uniform",P,"(",ot,",");var rn=Math.pow(oe-Dc+2,2),Zn=N.global.def("new Float32Array(",rn,")");Array.isArray(St)?T("false,(",Pe(rn,function(Yi){return Zn+"["+Yi+"]="+St[Yi]}),",",Zn,")"):T("false,(Array.isArray(",St,")||",St," instanceof Float32Array)?",St,":(",Pe(rn,function(Yi){return Zn+"["+Yi+"]="+St+"["+Yi+"]"}),",",Zn,")"),T(");")}else if(Nt>1){for(var Di=[],Us=[],Bs=0;Bs<Nt;++Bs)Array.isArray(St)?Us.push(St[Bs]):Us.push(T.def(St+"["+Bs+"]")),$&&Di.push(T.def());$&&T("if(!",N.batchId,"||",Di.map(function(Yi,ps){return Yi+"!=="+Us[ps]}).join("||"),"){",Di.map(function(Yi,ps){return Yi+"="+Us[ps]+";"}).join("")),T(j,".uniform",P,"(",ot,",",Us.join(","),");"),$&&T("}")}else{if(R(!Array.isArray(St),"uniform value must not be an array"),$){var ks=T.def();T("if(!",N.batchId,"||",ks,"!==",St,"){",ks,"=",St,";")}T(j,".uniform",P,"(",ot,",",St,");"),$&&T("}")}}}function en(N,T,H,J){var te=N.shared,$=te.gl,W=te.draw,j=J.draw;function P(){var Nt=j.elements,Ut,rn=T;return Nt?((Nt.contextDep&&J.contextDynamic||Nt.propDep)&&(rn=H),Ut=Nt.append(N,rn),j.elementsActive&&rn("if("+Ut+")"+$+".bindBuffer("+Rm+","+Ut+".buffer.buffer);")):(Ut=rn.def(),rn(Ut,"=",W,".",mr,";","if(",Ut,"){",$,".bindBuffer(",Rm,",",Ut,".buffer.buffer);}","else if(",te.vao,".currentVAO){",Ut,"=",N.shared.elements+".getElements("+te.vao,".currentVAO.elements);",Be?"":"if("+Ut+")"+$+".bindBuffer("+Rm+","+Ut+".buffer.buffer);","}")),Ut}function G(){var Nt=j.count,Ut,rn=T;return Nt?((Nt.contextDep&&J.contextDynamic||Nt.propDep)&&(rn=H),Ut=Nt.append(N,rn),R.optional(function(){Nt.MISSING&&N.assert(T,"false","missing vertex count"),Nt.DYNAMIC&&N.assert(rn,Ut+">=0","missing vertex count")})):(Ut=rn.def(W,".",uo),R.optional(function(){N.assert(rn,Ut+">=0","missing vertex count")})),Ut}var B=P();function ne(Nt){var Ut=j[Nt];return Ut?Ut.contextDep&&J.contextDynamic||Ut.propDep?Ut.append(N,H):Ut.append(N,T):T.def(W,".",Nt)}var oe=ne(co),Fe=ne(Bh),at=G();if(typeof at=="number"){if(at===0)return}else H("if(",at,"){"),H.exit("}");var ot,St;qe&&(ot=ne(kh),St=N.instancing);var it=B+".type",Ft=j.elements&&ba(j.elements)&&!j.vaoActive;function Ct(){function Nt(){H(St,".drawElementsInstancedANGLE(",[oe,at,it,Fe+"<<(("+it+"-"+Ph+")>>1)",ot],");")}function Ut(){H(St,".drawArraysInstancedANGLE(",[oe,Fe,at,ot],");")}B&&B!=="null"?Ft?Nt():(H("if(",B,"){"),Nt(),H("}else{"),Ut(),H("}")):Ut()}function Dt(){function Nt(){H($+".drawElements("+[oe,at,it,Fe+"<<(("+it+"-"+Ph+")>>1)"]+");")}function Ut(){H($+".drawArrays("+[oe,Fe,at]+");")}B&&B!=="null"?Ft?Nt():(H("if(",B,"){"),Nt(),H("}else{"),Ut(),H("}")):Ut()}qe&&(typeof ot!="number"||ot>=0)?typeof ot=="string"?(H("if(",ot,">0){"),Ct(),H("}else if(",ot,"<0){"),Dt(),H("}")):Ct():Dt()}function En(N,T,H,J,te){var $=ln(),W=$.proc("body",te);return R.optional(function(){$.commandStr=T.commandStr,$.command=$.link(T.commandStr)}),qe&&($.instancing=W.def($.shared.extensions,".angle_instanced_arrays")),N($,W,H,J),$.compile().body}function Pn(N,T,H,J){pi(N,T),H.useVAO?H.drawVAO?T(N.shared.vao,".setVAO(",H.drawVAO.append(N,T),");"):T(N.shared.vao,".setVAO(",N.shared.vao,".targetVAO);"):(T(N.shared.vao,".setVAO(null);"),zi(N,T,H,J.attributes,function(){return!0})),Bn(N,T,H,J.uniforms,function(){return!0},!1),en(N,T,T,H)}function mi(N,T){var H=N.proc("draw",1);pi(N,H),Ai(N,H,T.context),Ti(N,H,T.framebuffer),Li(N,H,T),ki(N,H,T.state),gn(N,H,T,!1,!0);var J=T.shader.progVar.append(N,H);if(H(N.shared.gl,".useProgram(",J,".program);"),T.shader.program)Pn(N,H,T,T.shader.program);else{H(N.shared.vao,".setVAO(null);");var te=N.global.def("{}"),$=H.def(J,".id"),W=H.def(te,"[",$,"]");H(N.cond(W).then(W,".call(this,a0);").else(W,"=",te,"[",$,"]=",N.link(function(j){return En(Pn,N,T,j,1)}),"(",J,");",W,".call(this,a0);"))}Object.keys(T.state).length>0&&H(N.shared.current,".dirty=true;"),N.shared.vao&&H(N.shared.vao,".setVAO(null);")}function ds(N,T,H,J){N.batchId="a1",pi(N,T);function te(){return!0}zi(N,T,H,J.attributes,te),Bn(N,T,H,J.uniforms,te,!1),en(N,T,T,H)}function fo(N,T,H,J){pi(N,T);var te=H.contextDep,$=T.def(),W="a0",j="a1",P=T.def();N.shared.props=P,N.batchId=$;var G=N.scope(),B=N.scope();T(G.entry,"for(",$,"=0;",$,"<",j,";++",$,"){",P,"=",W,"[",$,"];",B,"}",G.exit);function ne(it){return it.contextDep&&te||it.propDep}function oe(it){return!ne(it)}if(H.needsContext&&Ai(N,B,H.context),H.needsFramebuffer&&Ti(N,B,H.framebuffer),ki(N,B,H.state,ne),H.profile&&ne(H.profile)&&gn(N,B,H,!1,!0),J)H.useVAO?H.drawVAO?ne(H.drawVAO)?B(N.shared.vao,".setVAO(",H.drawVAO.append(N,B),");"):G(N.shared.vao,".setVAO(",H.drawVAO.append(N,G),");"):G(N.shared.vao,".setVAO(",N.shared.vao,".targetVAO);"):(G(N.shared.vao,".setVAO(null);"),zi(N,G,H,J.attributes,oe),zi(N,B,H,J.attributes,ne)),Bn(N,G,H,J.uniforms,oe,!1),Bn(N,B,H,J.uniforms,ne,!0),en(N,G,B,H);else{var Fe=N.global.def("{}"),at=H.shader.progVar.append(N,B),ot=B.def(at,".id"),St=B.def(Fe,"[",ot,"]");B(N.shared.gl,".useProgram(",at,".program);","if(!",St,"){",St,"=",Fe,"[",ot,"]=",N.link(function(it){return En(ds,N,H,it,2)}),"(",at,");}",St,".call(this,a0[",$,"],",$,");")}}function k(N,T){var H=N.proc("batch",2);N.batchId="0",pi(N,H);var J=!1,te=!0;Object.keys(T.context).forEach(function(Fe){J=J||T.context[Fe].propDep}),J||(Ai(N,H,T.context),te=!1);var $=T.framebuffer,W=!1;$?($.propDep?J=W=!0:$.contextDep&&J&&(W=!0),W||Ti(N,H,$)):Ti(N,H,null),T.state.viewport&&T.state.viewport.propDep&&(J=!0);function j(Fe){return Fe.contextDep&&J||Fe.propDep}Li(N,H,T),ki(N,H,T.state,function(Fe){return!j(Fe)}),(!T.profile||!j(T.profile))&&gn(N,H,T,!1,"a1"),T.contextDep=J,T.needsContext=te,T.needsFramebuffer=W;var P=T.shader.progVar;if(P.contextDep&&J||P.propDep)fo(N,H,T,null);else{var G=P.append(N,H);if(H(N.shared.gl,".useProgram(",G,".program);"),T.shader.program)fo(N,H,T,T.shader.program);else{H(N.shared.vao,".setVAO(null);");var B=N.global.def("{}"),ne=H.def(G,".id"),oe=H.def(B,"[",ne,"]");H(N.cond(oe).then(oe,".call(this,a0,a1);").else(oe,"=",B,"[",ne,"]=",N.link(function(Fe){return En(fo,N,T,Fe,2)}),"(",G,");",oe,".call(this,a0,a1);"))}}Object.keys(T.state).length>0&&H(N.shared.current,".dirty=true;"),N.shared.vao&&H(N.shared.vao,".setVAO(null);")}function ge(N,T){var H=N.proc("scope",3);N.batchId="a2";var J=N.shared,te=J.current;Ai(N,H,T.context),T.framebuffer&&T.framebuffer.append(N,H),g_(Object.keys(T.state)).forEach(function(W){var j=T.state[W],P=j.append(N,H);ii(P)?P.forEach(function(G,B){H.set(N.next[W],"["+B+"]",G)}):H.set(J.next,"."+W,P)}),gn(N,H,T,!0,!0),[mr,Bh,uo,kh,co].forEach(function(W){var j=T.draw[W];j&&H.set(J.draw,"."+W,""+j.append(N,H))}),Object.keys(T.uniforms).forEach(function(W){var j=T.uniforms[W].append(N,H);Array.isArray(j)&&(j="["+j.join()+"]"),H.set(J.uniforms,"["+I.id(W)+"]",j)}),Object.keys(T.attributes).forEach(function(W){var j=T.attributes[W].append(N,H),P=N.scopeAttrib(W);Object.keys(new ee).forEach(function(G){H.set(P,"."+G,j[G])})}),T.scopeVAO&&H.set(J.vao,".targetVAO",T.scopeVAO.append(N,H));function $(W){var j=T.shader[W];j&&H.set(J.shader,"."+W,j.append(N,H))}$(Fs),$(Cr),Object.keys(T.state).length>0&&(H(te,".dirty=true;"),H.exit(te,".dirty=true;")),H("a1(",N.shared.context,",a0,",N.batchId,");")}function ce(N){if(!(typeof N!="object"||ii(N))){for(var T=Object.keys(N),H=0;H<T.length;++H)if(S.isDynamic(N[T[H]]))return!0;return!1}}function It(N,T,H){var J=T.static[H];if(!J||!ce(J))return;var te=N.global,$=Object.keys(J),W=!1,j=!1,P=!1,G=N.global.def("{}");$.forEach(function(ne){var oe=J[ne];if(S.isDynamic(oe)){typeof oe=="function"&&(oe=J[ne]=S.unbox(oe));var Fe=cr(oe,null);W=W||Fe.thisDep,P=P||Fe.propDep,j=j||Fe.contextDep}else{switch(te(G,".",ne,"="),typeof oe){case"number":te(oe);break;case"string":te('"',oe,'"');break;case"object":Array.isArray(oe)&&te("[",oe.join(),"]");break;default:te(N.link(oe));break}te(";")}});function B(ne,oe){$.forEach(function(Fe){var at=J[Fe];if(S.isDynamic(at)){var ot=ne.invoke(oe,at);oe(G,".",Fe,"=",ot,";")}})}T.dynamic[H]=new S.DynamicVariable(il,{thisDep:W,contextDep:j,propDep:P,ref:G,append:B}),delete T.static[H]}function Sn(N,T,H,J,te){var $=ln();$.stats=$.link(te),Object.keys(T.static).forEach(function(j){It($,T,j)}),oS.forEach(function(j){It($,N,j)});var W=Si(N,T,H,J,$);return mi($,W),ge($,W),k($,W),e($.compile(),{destroy:function(){W.shader.program.destroy()}})}return{next:vt,current:Mt,procs:(function(){var N=ln(),T=N.proc("poll"),H=N.proc("refresh"),J=N.block();T(J),H(J);var te=N.shared,$=te.gl,W=te.next,j=te.current;J(j,".dirty=false;"),Ti(N,T),Ti(N,H,null,!0);var P;qe&&(P=N.link(qe)),z.oes_vertex_array_object&&H(N.link(z.oes_vertex_array_object),".bindVertexArrayOES(null);");for(var G=0;G<de.maxAttributes;++G){var B=H.def(te.attributes,"[",G,"]"),ne=N.cond(B,".buffer");ne.then($,".enableVertexAttribArray(",G,");",$,".bindBuffer(",ll,",",B,".buffer.buffer);",$,".vertexAttribPointer(",G,",",B,".size,",B,".type,",B,".normalized,",B,".stride,",B,".offset);").else($,".disableVertexAttribArray(",G,");",$,".vertexAttrib4f(",G,",",B,".x,",B,".y,",B,".z,",B,".w);",B,".buffer=null;"),H(ne),qe&&H(P,".vertexAttribDivisorANGLE(",G,",",B,".divisor);")}return H(N.shared.vao,".currentVAO=null;",N.shared.vao,".setVAO(",N.shared.vao,".targetVAO);"),Object.keys(Le).forEach(function(oe){var Fe=Le[oe],at=J.def(W,".",oe),ot=N.block();ot("if(",at,"){",$,".enable(",Fe,")}else{",$,".disable(",Fe,")}",j,".",oe,"=",at,";"),H(ot),T("if(",at,"!==",j,".",oe,"){",ot,"}")}),Object.keys(Ce).forEach(function(oe){var Fe=Ce[oe],at=Mt[oe],ot,St,it=N.block();if(it($,".",Fe,"("),ii(at)){var Ft=at.length;ot=N.global.def(W,".",oe),St=N.global.def(j,".",oe),it(Pe(Ft,function(Ct){return ot+"["+Ct+"]"}),");",Pe(Ft,function(Ct){return St+"["+Ct+"]="+ot+"["+Ct+"];"}).join("")),T("if(",Pe(Ft,function(Ct){return ot+"["+Ct+"]!=="+St+"["+Ct+"]"}).join("||"),"){",it,"}")}else ot=J.def(W,".",oe),St=J.def(j,".",oe),it(ot,");",j,".",oe,"=",ot,";"),T("if(",ot,"!==",St,"){",it,"}");H(it)}),N.compile()})(),compile:Sn}}function TS(){return{vaoCount:0,bufferCount:0,elementsCount:0,framebufferCount:0,shaderCount:0,textureCount:0,cubeCount:0,renderbufferCount:0,maxTextureUnits:0}}var wS=34918,CS=34919,x_=35007,RS=function(_,I){if(!I.ext_disjoint_timer_query)return null;var z=[];function de(){return z.pop()||I.ext_disjoint_timer_query.createQueryEXT()}function Re(qe){z.push(qe)}var fe=[];function Ae(qe){var Tt=de();I.ext_disjoint_timer_query.beginQueryEXT(x_,Tt),fe.push(Tt),He(fe.length-1,fe.length,qe)}function Ve(){I.ext_disjoint_timer_query.endQueryEXT(x_)}function Ge(){this.startQueryIndex=-1,this.endQueryIndex=-1,this.sum=0,this.stats=null}var Ke=[];function Qe(){return Ke.pop()||new Ge}function Je(qe){Ke.push(qe)}var lt=[];function He(qe,Tt,Be){var Mt=Qe();Mt.startQueryIndex=qe,Mt.endQueryIndex=Tt,Mt.sum=0,Mt.stats=Be,lt.push(Mt)}var Ze=[],ee=[];function ve(){var qe,Tt,Be=fe.length;if(Be!==0){ee.length=Math.max(ee.length,Be+1),Ze.length=Math.max(Ze.length,Be+1),Ze[0]=0,ee[0]=0;var Mt=0;for(qe=0,Tt=0;Tt<fe.length;++Tt){var vt=fe[Tt];I.ext_disjoint_timer_query.getQueryObjectEXT(vt,CS)?(Mt+=I.ext_disjoint_timer_query.getQueryObjectEXT(vt,wS),Re(vt)):fe[qe++]=vt,Ze[Tt+1]=Mt,ee[Tt+1]=qe}for(fe.length=qe,qe=0,Tt=0;Tt<lt.length;++Tt){var Jt=lt[Tt],Le=Jt.startQueryIndex,Ce=Jt.endQueryIndex;Jt.sum+=Ze[Ce]-Ze[Le];var Lt=ee[Le],ct=ee[Ce];ct===Lt?(Jt.stats.gpuTime+=Jt.sum/1e6,Je(Jt)):(Jt.startQueryIndex=Lt,Jt.endQueryIndex=ct,lt[qe++]=Jt)}lt.length=qe}}return{beginQuery:Ae,endQuery:Ve,pushScopeStats:He,update:ve,getNumPendingQueries:function(){return fe.length},clear:function(){z.push.apply(z,fe);for(var qe=0;qe<z.length;qe++)I.ext_disjoint_timer_query.deleteQueryEXT(z[qe]);fe.length=0,z.length=0},restore:function(){fe.length=0,z.length=0}}},IS=16384,PS=256,LS=1024,DS=34962,v_="webglcontextlost",y_="webglcontextrestored",S_=1,NS=2,OS=3;function b_(_,I){for(var z=0;z<_.length;++z)if(_[z]===I)return z;return-1}function FS(_){var I=he(_);if(!I)return null;var z=I.gl,de=z.getContextAttributes(),Re=z.isContextLost(),fe=le(z,I);if(!fe)return null;var Ae=Oe(),Ve=TS(),Ge=fe.extensions,Ke=RS(z,Ge),Qe=Ye(),Je=z.drawingBufferWidth,lt=z.drawingBufferHeight,He={tick:0,time:0,viewportWidth:Je,viewportHeight:lt,framebufferWidth:Je,framebufferHeight:lt,drawingBufferWidth:Je,drawingBufferHeight:lt,pixelRatio:I.pixelRatio},Ze={},ee={elements:null,primitive:4,count:-1,offset:0,instances:-1},ve=qt(z,Ge),qe=Is(z,Ve,I,Mt),Tt=Yu(z,Ge,qe,Ve),Be=xm(z,Ge,ve,Ve,qe,Tt,ee);function Mt(en){return Be.destroyBuffer(en)}var vt=bm(z,Ae,Ve,I),Jt=no(z,Ge,ve,function(){Lt.procs.poll()},He,Ve,I),Le=ro(z,Ge,ve,Ve,I),Ce=gm(z,Ge,ve,Jt,Le,Ve),Lt=AS(z,Ae,Ge,ve,qe,Tt,Jt,Ce,Ze,Be,vt,ee,He,Ke,I),ct=Am(z,Ce,Lt.procs.poll,He,de,Ge,ve),$e=Lt.next,mt=z.canvas,_t=[],fn=[],ln=[],yt=[I.onDestroy],Et=null;function nn(){if(_t.length===0){Ke&&Ke.update(),Et=null;return}Et=ae.next(nn),ki();for(var en=_t.length-1;en>=0;--en){var En=_t[en];En&&En(He,null,0)}z.flush(),Ke&&Ke.update()}function un(){!Et&&_t.length>0&&(Et=ae.next(nn))}function Mn(){Et&&(ae.cancel(nn),Et=null)}function oi(en){en.preventDefault(),Re=!0,Mn(),fn.forEach(function(En){En()})}function ci(en){z.getError(),Re=!1,fe.restore(),vt.restore(),qe.restore(),Jt.restore(),Le.restore(),Ce.restore(),Be.restore(),Ke&&Ke.restore(),Lt.procs.refresh(),un(),ln.forEach(function(En){En()})}mt&&(mt.addEventListener(v_,oi,!1),mt.addEventListener(y_,ci,!1));function wn(){_t.length=0,Mn(),mt&&(mt.removeEventListener(v_,oi),mt.removeEventListener(y_,ci)),vt.clear(),Ce.clear(),Le.clear(),Be.clear(),Jt.clear(),Tt.clear(),qe.clear(),Ke&&Ke.clear(),yt.forEach(function(en){en()})}function Ei(en){R(!!en,"invalid args to regl({...})"),R.type(en,"object","invalid args to regl({...})");function En(te){var $=e({},te);delete $.uniforms,delete $.attributes,delete $.context,delete $.vao,"stencil"in $&&$.stencil.op&&($.stencil.opBack=$.stencil.opFront=$.stencil.op,delete $.stencil.op);function W(j){if(j in $){var P=$[j];delete $[j],Object.keys(P).forEach(function(G){$[j+"."+G]=P[G]})}}return W("blend"),W("depth"),W("cull"),W("stencil"),W("polygonOffset"),W("scissor"),W("sample"),"vao"in te&&($.vao=te.vao),$}function Pn(te,$){var W={},j={};return Object.keys(te).forEach(function(P){var G=te[P];if(S.isDynamic(G)){j[P]=S.unbox(G,P);return}else if($&&Array.isArray(G)){for(var B=0;B<G.length;++B)if(S.isDynamic(G[B])){j[P]=S.unbox(G,P);return}}W[P]=G}),{dynamic:j,static:W}}var mi=Pn(en.context||{},!0),ds=Pn(en.uniforms||{},!0),fo=Pn(en.attributes||{},!1),k=Pn(En(en),!1),ge={gpuTime:0,cpuTime:0,count:0},ce=Lt.compile(k,fo,ds,mi,ge),It=ce.draw,Sn=ce.batch,N=ce.scope,T=[];function H(te){for(;T.length<te;)T.push(null);return T}function J(te,$){var W;if(Re&&R.raise("context lost"),typeof te=="function")return N.call(this,null,te,0);if(typeof $=="function")if(typeof te=="number")for(W=0;W<te;++W)N.call(this,null,$,W);else if(Array.isArray(te))for(W=0;W<te.length;++W)N.call(this,te[W],$,W);else return N.call(this,te,$,0);else if(typeof te=="number"){if(te>0)return Sn.call(this,H(te|0),te|0)}else if(Array.isArray(te)){if(te.length)return Sn.call(this,te,te.length)}else return It.call(this,te)}return e(J,{stats:ge,destroy:function(){ce.destroy()}})}var ei=Ce.setFBO=Ei({framebuffer:S.define.call(null,S_,"framebuffer")});function Si(en,En){var Pn=0;Lt.procs.poll();var mi=En.color;mi&&(z.clearColor(+mi[0]||0,+mi[1]||0,+mi[2]||0,+mi[3]||0),Pn|=IS),"depth"in En&&(z.clearDepth(+En.depth),Pn|=PS),"stencil"in En&&(z.clearStencil(En.stencil|0),Pn|=LS),R(!!Pn,"called regl.clear with no buffer specified"),z.clear(Pn)}function Ai(en){if(R(typeof en=="object"&&en,"regl.clear() takes an object as input"),"framebuffer"in en)if(en.framebuffer&&en.framebuffer_reglType==="framebufferCube")for(var En=0;En<6;++En)ei(e({framebuffer:en.framebuffer.faces[En]},en),Si);else ei(en,Si);else Si(null,en)}function Ti(en){R.type(en,"function","regl.frame() callback must be a function"),_t.push(en);function En(){var Pn=b_(_t,en);R(Pn>=0,"cannot cancel a frame twice");function mi(){var ds=b_(_t,mi);_t[ds]=_t[_t.length-1],_t.length-=1,_t.length<=0&&Mn()}_t[Pn]=mi}return un(),{cancel:En}}function Li(){var en=$e.viewport,En=$e.scissor_box;en[0]=en[1]=En[0]=En[1]=0,He.viewportWidth=He.framebufferWidth=He.drawingBufferWidth=en[2]=En[2]=z.drawingBufferWidth,He.viewportHeight=He.framebufferHeight=He.drawingBufferHeight=en[3]=En[3]=z.drawingBufferHeight}function ki(){He.tick+=1,He.time=gn(),Li(),Lt.procs.poll()}function pi(){Jt.refresh(),Li(),Lt.procs.refresh(),Ke&&Ke.update()}function gn(){return(Ye()-Qe)/1e3}pi();function zi(en,En){R.type(En,"function","listener callback must be a function");var Pn;switch(en){case"frame":return Ti(En);case"lost":Pn=fn;break;case"restore":Pn=ln;break;case"destroy":Pn=yt;break;default:R.raise("invalid event, must be one of frame,lost,restore,destroy")}return Pn.push(En),{cancel:function(){for(var mi=0;mi<Pn.length;++mi)if(Pn[mi]===En){Pn[mi]=Pn[Pn.length-1],Pn.pop();return}}}}var Bn=e(Ei,{clear:Ai,prop:S.define.bind(null,S_),context:S.define.bind(null,NS),this:S.define.bind(null,OS),draw:Ei({}),buffer:function(en){return qe.create(en,DS,!1,!1)},elements:function(en){return Tt.create(en,!1)},texture:Jt.create2D,cube:Jt.createCube,renderbuffer:Le.create,framebuffer:Ce.create,framebufferCube:Ce.createCube,vao:Be.createVAO,attributes:de,frame:Ti,on:zi,limits:ve,hasExtension:function(en){return ve.extensions.indexOf(en.toLowerCase())>=0},read:ct,destroy:wn,_gl:z,_refresh:pi,poll:function(){ki(),Ke&&Ke.update()},now:gn,stats:Ve});return I.onDone(null,Bn),Bn}return FS}))});var T_=new window.BroadcastChannel("pub-sub-es"),XS=n=>typeof n=="string",Fm=(n,e)=>XS(n)&&e?n.toLowerCase():n,w_=(n,e)=>(t,i,r=Number.POSITIVE_INFINITY)=>{let s=Fm(t,e?.caseInsensitive),a=n[s]||[];return a.push({handler:i,times:+r||Number.POSITIVE_INFINITY}),n[s]=a,{event:s,handler:i}},$S=n=>typeof n=="object";function Um(n,e){function t(i,r){let s,a;$S(i)?(a=i.handler,s=i.event):(s=i,a=r);let o=Fm(s,e?.caseInsensitive),c=n[o];if(!c)return;let l=c.findIndex(u=>u.handler===a);l===-1||l>=c.length||c.splice(l,1)}return t}var YS=n=>!!n,C_=(n,e)=>{let t=Um(n);return(...i)=>{let[r,s,a]=i,o=Fm(r,e?.caseInsensitive),c=n[o];if(!YS(c))return;let l=[...c];for(let h of l)--h.times<1&&t(o,h.handler);let u=a?.async!==void 0?a.async:e?.async,f=()=>{for(let h of l)h.handler(s)};if(u?setTimeout(f,0):f(),e?.isGlobal&&!a?.isNoGlobalBroadcast)try{T_.postMessage({event:o,news:s})}catch(h){if(h instanceof Error&&h.name==="DataCloneError")console.warn(`Could not broadcast '${o.toString()}' globally. Payload is not clonable.`);else throw h}}};function qS(n){return Object.keys(n)}var R_=n=>()=>{for(let e of qS(n))delete n[e]},I_=()=>({}),ZS=n=>{let e=!!n?.async,t=!!n?.caseInsensitive,i=n?.stack||I_();return{publish:C_(i,{async:e,caseInsensitive:t}),subscribe:w_(i,{caseInsensitive:t}),unsubscribe:Um(i,{caseInsensitive:t}),clear:R_(i),stack:i}},kc=I_(),jS={publish:C_(kc,{isGlobal:!0}),subscribe:w_(kc),unsubscribe:Um(kc),clear:R_(kc),stack:kc};T_.onmessage=({data:{event:n,news:e}})=>jS.publish(n,e,{isNoGlobalBroadcast:!0});var P_=ZS;var K_=WS(L_(),1),KS=n=>n*n*n,J_=n=>n<.5?4*n*n*n:(n-1)*(2*n-2)*(2*n-2)+1,JS=n=>--n*n*n+1,QS=n=>n,eb=n=>n*n,tb=n=>n<.5?2*n*n:-1+(4-2*n)*n,nb=n=>n*(2-n),_s=n=>n,zm=(n,e)=>{if(n===e)return!0;if(n.length!==e.length)return!1;let t=new Set(n),i=new Set(e);return t.size!==i.size?!1:e.every(r=>t.has(r))},ib=n=>Math.sqrt(n.reduce((e,t)=>e+t**2,0)),rb=n=>n.reduce((e,t)=>t>e?t:e,Number.NEGATIVE_INFINITY),D_=(n,e=_s)=>{let t=[];for(let i=0;i<n;i++)t.push(e(i,n));return t},sb=(n,e)=>{let t=[];return n.forEach(i=>{t[i]=!0}),e.forEach(i=>{t[i]=!0}),t.reduce((i,r,s)=>(r&&i.push(s),i),[])},dg=(n,...e)=>(e.forEach(t=>{let i=Object.keys(t).reduce((r,s)=>(r[s]=Object.getOwnPropertyDescriptor(t,s),r),{});Object.getOwnPropertySymbols(t).forEach(r=>{let s=Object.getOwnPropertyDescriptor(t,r);s?.enumerable&&(i[r]=s)}),Object.defineProperties(n,i)}),n);function ab(...n){return e=>n.reduce((t,i)=>i(t),e)}var ob=n=>e=>dg({__proto__:{constructor:n}},e),N_=(n,e)=>t=>dg(t,{get[n](){return e}}),lb=(n,e,t,i)=>Math.sqrt((n-t)**2+(e-i)**2),cb=n=>new Worker(window.URL.createObjectURL(new Blob([`(${n.toString()})()`],{type:"text/javascript"}))),ul=(n=1)=>new Promise(e=>{let t=0,i=()=>requestAnimationFrame(()=>{t++,t<n?i():e(void 0)});i()}),Q_=(n,e,t)=>{let i,r=0;t=t===null?e:t;let s=(...c)=>{let l=()=>{r>0&&(n(...c),r=0)};clearTimeout(i),i=setTimeout(l,t)},a=!1,o=(...c)=>{a?(r++,s(...c)):(n(...c),s(...c),a=!0,r=0,setTimeout(()=>{a=!1},e))};return o.reset=()=>{a=!1},o.cancel=()=>{clearTimeout(i)},o.now=(...c)=>n(...c),o},ub=1e-6,po=typeof Float32Array<"u"?Float32Array:Array;function Gm(){var n=new po(16);return po!=Float32Array&&(n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[11]=0,n[12]=0,n[13]=0,n[14]=0),n[0]=1,n[5]=1,n[10]=1,n[15]=1,n}function O_(n){var e=new po(16);return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],e[9]=n[9],e[10]=n[10],e[11]=n[11],e[12]=n[12],e[13]=n[13],e[14]=n[14],e[15]=n[15],e}function og(n,e){var t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],f=e[9],h=e[10],p=e[11],x=e[12],y=e[13],m=e[14],g=e[15],E=t*o-i*a,C=t*c-r*a,M=t*l-s*a,F=i*c-r*o,D=i*l-s*o,v=r*l-s*c,w=u*y-f*x,q=u*m-h*x,X=u*g-p*x,Z=f*m-h*y,se=f*g-p*y,me=h*g-p*m,V=E*me-C*se+M*Z+F*X-D*q+v*w;return V?(V=1/V,n[0]=(o*me-c*se+l*Z)*V,n[1]=(r*se-i*me-s*Z)*V,n[2]=(y*v-m*D+g*F)*V,n[3]=(h*D-f*v-p*F)*V,n[4]=(c*X-a*me-l*q)*V,n[5]=(t*me-r*X+s*q)*V,n[6]=(m*M-x*v-g*C)*V,n[7]=(u*v-h*M+p*C)*V,n[8]=(a*se-o*X+l*w)*V,n[9]=(i*X-t*se-s*w)*V,n[10]=(x*D-y*M+g*E)*V,n[11]=(f*M-u*D-p*E)*V,n[12]=(o*q-a*Z-c*w)*V,n[13]=(t*Z-i*q+r*w)*V,n[14]=(y*C-x*F-m*E)*V,n[15]=(u*F-f*C+h*E)*V,n):null}function nr(n,e,t){var i=e[0],r=e[1],s=e[2],a=e[3],o=e[4],c=e[5],l=e[6],u=e[7],f=e[8],h=e[9],p=e[10],x=e[11],y=e[12],m=e[13],g=e[14],E=e[15],C=t[0],M=t[1],F=t[2],D=t[3];return n[0]=C*i+M*o+F*f+D*y,n[1]=C*r+M*c+F*h+D*m,n[2]=C*s+M*l+F*p+D*g,n[3]=C*a+M*u+F*x+D*E,C=t[4],M=t[5],F=t[6],D=t[7],n[4]=C*i+M*o+F*f+D*y,n[5]=C*r+M*c+F*h+D*m,n[6]=C*s+M*l+F*p+D*g,n[7]=C*a+M*u+F*x+D*E,C=t[8],M=t[9],F=t[10],D=t[11],n[8]=C*i+M*o+F*f+D*y,n[9]=C*r+M*c+F*h+D*m,n[10]=C*s+M*l+F*p+D*g,n[11]=C*a+M*u+F*x+D*E,C=t[12],M=t[13],F=t[14],D=t[15],n[12]=C*i+M*o+F*f+D*y,n[13]=C*r+M*c+F*h+D*m,n[14]=C*s+M*l+F*p+D*g,n[15]=C*a+M*u+F*x+D*E,n}function F_(n,e){return n[0]=1,n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[5]=1,n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[10]=1,n[11]=0,n[12]=e[0],n[13]=e[1],n[14]=e[2],n[15]=1,n}function ef(n,e){return n[0]=e[0],n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[5]=e[1],n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[10]=e[2],n[11]=0,n[12]=0,n[13]=0,n[14]=0,n[15]=1,n}function hb(n,e,t){var i=t[0],r=t[1],s=t[2],a=Math.sqrt(i*i+r*r+s*s),o,c,l;return a<ub?null:(a=1/a,i*=a,r*=a,s*=a,o=Math.sin(e),c=Math.cos(e),l=1-c,n[0]=i*i*l+c,n[1]=r*i*l+s*o,n[2]=s*i*l-r*o,n[3]=0,n[4]=i*r*l-s*o,n[5]=r*r*l+c,n[6]=s*r*l+i*o,n[7]=0,n[8]=i*s*l+r*o,n[9]=r*s*l-i*o,n[10]=s*s*l+c,n[11]=0,n[12]=0,n[13]=0,n[14]=0,n[15]=1,n)}function fb(n,e){return n[0]=e[12],n[1]=e[13],n[2]=e[14],n}function db(n,e){var t=e[0],i=e[1],r=e[2],s=e[4],a=e[5],o=e[6],c=e[8],l=e[9],u=e[10];return n[0]=Math.sqrt(t*t+i*i+r*r),n[1]=Math.sqrt(s*s+a*a+o*o),n[2]=Math.sqrt(c*c+l*l+u*u),n}function pb(){var n=new po(4);return po!=Float32Array&&(n[0]=0,n[1]=0,n[2]=0,n[3]=0),n}function Hc(n,e,t){var i=e[0],r=e[1],s=e[2],a=e[3];return n[0]=t[0]*i+t[4]*r+t[8]*s+t[12]*a,n[1]=t[1]*i+t[5]*r+t[9]*s+t[13]*a,n[2]=t[2]*i+t[6]*r+t[10]*s+t[14]*a,n[3]=t[3]*i+t[7]*r+t[11]*s+t[15]*a,n}(function(){var n=pb();return function(e,t,i,r,s,a){var o,c;for(t||(t=4),i||(i=0),r?c=Math.min(r*t+i,e.length):c=e.length,o=i;o<c;o+=t)n[0]=e[o],n[1]=e[o+1],n[2]=e[o+2],n[3]=e[o+3],s(n,n,a),e[o]=n[0],e[o+1]=n[1],e[o+2]=n[2],e[o+3]=n[3];return e}})();function mb(){var n=new po(2);return po!=Float32Array&&(n[0]=0,n[1]=0),n}function gb(n,e){var t=n[0],i=n[1],r=e[0],s=e[1];return Math.abs(Math.atan2(i*r-t*s,t*r+i*s))}(function(){var n=mb();return function(e,t,i,r,s,a){var o,c;for(t||(t=2),i||(i=0),r?c=Math.min(r*t+i,e.length):c=e.length,o=i;o<c;o+=t)n[0]=e[o],n[1]=e[o+1],s(n,n,a),e[o]=n[0],e[o+1]=n[1];return e}})();var _b=(n=[0,0],e=1,t=0,i=[0,0],r=[[0,1/0],[0,1/0]],s=[[-1/0,1/0],[-1/0,1/0]])=>{let a=new Float32Array(16),o=new Float32Array(16),c=new Float32Array(16),l=Gm(),u=[...i.slice(0,2),0,1],f=Array.isArray(r[0])?[...r[0]]:[...r],h=Array.isArray(r[0])?[...r[1]]:[...r],p=Array.isArray(s[0])?[...s[0]]:[...s],x=Array.isArray(s[0])?[...s[1]]:[...s],y=()=>db(a,l).slice(0,2),m=()=>{let re=y();return Math.min(re[0],re[1])},g=()=>{let re=y();return Math.max(re[0],re[1])},E=()=>Math.acos(l[0]/g()),C=()=>[[...f],[...h]],M=()=>[[...p],[...x]],F=()=>{let re=y();return[1/re[0],1/re[1]]},D=()=>1/m(),v=()=>1/g(),w=()=>fb(a,l).slice(0,2),q=()=>Hc(a,u,og(c,l)).slice(0,2),X=()=>l,Z=()=>u.slice(0,2),se=([re=0,je=0]=[],kt=1,Ee=0)=>{l=Gm(),me([-re,-je]),xe(Ee),V(1/kt)},me=([re=0,je=0]=[])=>{a[0]=re,a[1]=je,a[2]=0;let kt=F_(o,a);nr(l,kt,l)},V=(re,je)=>{let kt=Array.isArray(re),Ee=kt?re[0]:re,Xe=kt?re[1]:re;if(Ee<=0||Xe<=0||Ee===1&&Xe===1)return;let wt=y(),Yt=wt[0]*Ee,nt=wt[1]*Xe;if(Ee=Math.max(f[0],Math.min(Yt,f[1]))/wt[0],Xe=Math.max(h[0],Math.min(nt,h[1]))/wt[1],Ee===1&&Xe===1)return;a[0]=Ee,a[1]=Xe,a[2]=1;let tn=ef(o,a),In=je?[...je,0]:u,Kt=F_(a,In);nr(l,Kt,nr(l,tn,nr(l,og(c,Kt),l)))},xe=re=>{let je=Gm();hb(je,re,[0,0,1]),nr(l,je,l)},ye=re=>{let je=Array.isArray(re[0]);f[0]=je?re[0][0]:re[0],f[1]=je?re[0][1]:re[1],h[0]=je?re[1][0]:re[0],h[1]=je?re[1][1]:re[1]},ie=re=>{let je=Array.isArray(re[0]);p[0]=je?re[0][0]:re[0],p[1]=je?re[0][1]:re[1],x[0]=je?re[1][0]:re[0],x[1]=je?re[1][1]:re[1]},De=re=>{!re||re.length<16||(l=re)},pe=re=>{u=[...re.slice(0,2),0,1]},Ie=()=>{se(n,e,t)};return se(n,e,t),{get translation(){return w()},get target(){return q()},get scaling(){return y()},get minScaling(){return m()},get maxScaling(){return g()},get scaleBounds(){return C()},get translationBounds(){return M()},get distance(){return F()},get minDistance(){return D()},get maxDistance(){return v()},get rotation(){return E()},get view(){return X()},get viewCenter(){return Z()},lookAt:se,translate:me,pan:me,rotate:xe,scale:V,zoom:V,reset:Ie,set:(...re)=>(console.warn("`set()` is deprecated. Please use `setView()` instead."),De(...re)),setScaleBounds:ye,setTranslationBounds:ie,setView:De,setViewCenter:pe}},xb=["pan","rotate"],U_={alt:"altKey",cmd:"metaKey",ctrl:"ctrlKey",meta:"metaKey",shift:"shiftKey"},vb=(n,{distance:e=1,target:t=[0,0],rotation:i=0,isNdc:r=!0,isFixed:s=!1,isPan:a=!0,isPanInverted:o=[!1,!0],panSpeed:c=1,isRotate:l=!0,rotateSpeed:u=1,defaultMouseDownMoveAction:f="pan",mouseDownMoveModKey:h="alt",isZoom:p=!0,zoomSpeed:x=1,viewCenter:y,scaleBounds:m,translationBounds:g,onKeyDown:E=()=>{},onKeyUp:C=()=>{},onMouseDown:M=()=>{},onMouseUp:F=()=>{},onMouseMove:D=()=>{},onWheel:v=()=>{}}={})=>{let w=_b(t,e,i,y,m,g),q=0,X=0,Z=0,se=0,me=0,V=0,xe=!1,ye=0,ie=1,De=1,pe=1,Ie=!1,re=!1,je=!1,kt=f==="pan",Ee=a,Xe=a,wt=o,Yt=o,nt=p,tn=p,In=()=>{Ee=Array.isArray(a)?!!a[0]:a,Xe=Array.isArray(a)?!!a[1]:a,wt=Array.isArray(o)?!!o[0]:o,Yt=Array.isArray(o)?!!o[1]:o,nt=Array.isArray(p)?!!p[0]:p,tn=Array.isArray(p)?!!p[1]:p};In();let Kt=r?xt=>xt/ie*2*pe:xt=>xt,Rn=r?xt=>xt/De*2:xt=>-xt,gt=r?xt=>(-1+xt/ie*2)*pe:xt=>xt,Ot=r?xt=>1-xt/De*2:xt=>xt,sn=()=>{if(s){let O=re;return re=!1,O}Ie=!1;let xt=q,Gt=X;if((Ee||Xe)&&xe&&(kt&&!je||!kt&&je)){let O=wt?me-xt:xt-me,S=Ee?Kt(c*O):0,ae=Yt?V-Gt:Gt-V,Ye=Xe?Rn(c*ae):0;(S!==0||Ye!==0)&&(w.pan([S,Ye]),Ie=!0)}if((nt||tn)&&ye){let O=x*Math.exp(ye/De),S=gt(Z),ae=Ot(se);w.scale([nt?1/O:1,tn?1/O:1],[S,ae]),Ie=!0}if(l&&xe&&(kt&&je||!kt&&!je)&&Math.abs(me-xt)+Math.abs(V-Gt)>0){let O=ie/2,S=De/2,ae=me-O,Ye=S-V,Oe=xt-O,ut=S-Gt,ht=gb([ae,Ye],[Oe,ut]),we=ae*ut-Oe*Ye;w.rotate(u*ht*Math.sign(we)),Ie=!0}ye=0,me=xt,V=Gt;let Qt=Ie||re;return re=!1,Qt},Xt=({defaultMouseDownMoveAction:xt=null,isFixed:Gt=null,isPan:Qt=null,isPanInverted:O=null,isRotate:S=null,isZoom:ae=null,panSpeed:Ye=null,rotateSpeed:Oe=null,zoomSpeed:ut=null,mouseDownMoveModKey:ht=null}={})=>{f=xt!==null&&xb.includes(xt)?xt:f,kt=f==="pan",s=Gt!==null?Gt:s,a=Qt!==null?Qt:a,o=O!==null?O:o,l=S!==null?S:l,p=ae!==null?ae:p,c=+Ye>0?Ye:c,u=+Oe>0?Oe:u,x=+ut>0?ut:x,In(),h=ht!==null&&Object.keys(U_).includes(ht)?ht:h},cn=()=>{let xt=n.getBoundingClientRect();ie=xt.width,De=xt.height,pe=ie/De},an=xt=>{je=!1,C(xt)},fi=xt=>{je=xt[U_[h]],E(xt)},Yn=xt=>{xe=!1,F(xt)},R=xt=>{xe=xt.buttons===1,M(xt)},ni=document.createEvent("MouseEvent").offsetX!==void 0?xt=>{Z=xt.offsetX,se=xt.offsetY}:xt=>{let Gt=n.getBoundingClientRect();Z=xt.clientX-Gt.left,se=xt.clientY-Gt.top},K=xt=>{q=xt.clientX,X=xt.clientY},Hn=xt=>{K(xt),D(xt)},xn=xt=>{if((nt||tn)&&!s){xt.preventDefault(),K(xt),ni(xt);let Gt=xt.deltaMode===1?12:1;ye+=Gt*(xt.deltaY||xt.deltaX||0)}v(xt)},Dn=()=>{w=void 0,window.removeEventListener("keydown",fi),window.removeEventListener("keyup",an),n.removeEventListener("mousedown",R),window.removeEventListener("mouseup",Yn),window.removeEventListener("mousemove",Hn),n.removeEventListener("wheel",xn)};window.addEventListener("keydown",fi,{passive:!0}),window.addEventListener("keyup",an,{passive:!0}),n.addEventListener("mousedown",R,{passive:!0}),window.addEventListener("mouseup",Yn,{passive:!0}),window.addEventListener("mousemove",Hn,{passive:!0}),n.addEventListener("wheel",xn,{passive:!1}),w.config=Xt,w.dispose=Dn,w.refresh=cn,w.tick=sn;let et=xt=>function(){xt.apply(null,arguments),re=!0};return w.lookAt=et(w.lookAt),w.translate=et(w.translate),w.pan=et(w.pan),w.rotate=et(w.rotate),w.scale=et(w.scale),w.zoom=et(w.zoom),w.reset=et(w.reset),w.set=et(w.set),w.setScaleBounds=et(w.setScaleBounds),w.setTranslationBounds=et(w.setTranslationBounds),w.setView=et(w.setView),w.setViewCenter=et(w.setViewCenter),cn(),w};function yb(n,e,t=2){let i=n.length,r=Sb(n,0,i,t,!0),s=[];if(!r||r.next===r.prev)return s;let a,o,c;if(n.length>80*t){a=n[0],o=n[1];let l=a,u=o;for(let f=t;f<i;f+=t){let h=n[f],p=n[f+1];h<a&&(a=h),p<o&&(o=p),h>l&&(l=h),p>u&&(u=p)}c=Math.max(l-a,u-o),c=c!==0?32767/c:0}return Yc(r,s,t,a,o,c,0),s}function Sb(n,e,t,i,r){let s;if(r===Db(n,e,t,i)>0)for(let a=e;a<t;a+=i)s=B_(a/i|0,n[a],n[a+1],s);else for(let a=t-i;a>=e;a-=i)s=B_(a/i|0,n[a],n[a+1],s);return s&&df(s,s.next)&&(qc(s),s=s.next),s}function $c(n,e){if(!n)return n;e||(e=n);let t=n,i;do if(i=!1,!t.steiner&&(df(t,t.next)||wi(t.prev,t,t.next)===0)){if(qc(t),t=e=t.prev,t===t.next)break;i=!0}else t=t.next;while(i||t!==e);return e}function Yc(n,e,t,i,r,s,a){if(!n)return;!a&&s&&Tb(n,i,r,s);let o=n;for(;n.prev!==n.next;){let c=n.prev,l=n.next;if(s?Mb(n,i,r,s):bb(n)){e.push(c.i,n.i,l.i),qc(n),n=l.next,o=l.next;continue}if(n=l,n===o){a?a===1?(n=Eb($c(n),e),Yc(n,e,t,i,r,s,2)):a===2&&Ab(n,e,t,i,r,s):Yc($c(n),e,t,i,r,s,1);break}}}function bb(n){let e=n.prev,t=n,i=n.next;if(wi(e,t,i)>=0)return!1;let r=e.x,s=t.x,a=i.x,o=e.y,c=t.y,l=i.y,u=Math.min(r,s,a),f=Math.min(o,c,l),h=Math.max(r,s,a),p=Math.max(o,c,l),x=i.next;for(;x!==e;){if(x.x>=u&&x.x<=h&&x.y>=f&&x.y<=p&&Wc(r,o,s,c,a,l,x.x,x.y)&&wi(x.prev,x,x.next)>=0)return!1;x=x.next}return!0}function Mb(n,e,t,i){let r=n.prev,s=n,a=n.next;if(wi(r,s,a)>=0)return!1;let o=r.x,c=s.x,l=a.x,u=r.y,f=s.y,h=a.y,p=Math.min(o,c,l),x=Math.min(u,f,h),y=Math.max(o,c,l),m=Math.max(u,f,h),g=lg(p,x,e,t,i),E=lg(y,m,e,t,i),C=n.prevZ,M=n.nextZ;for(;C&&C.z>=g&&M&&M.z<=E;){if(C.x>=p&&C.x<=y&&C.y>=x&&C.y<=m&&C!==r&&C!==a&&Wc(o,u,c,f,l,h,C.x,C.y)&&wi(C.prev,C,C.next)>=0||(C=C.prevZ,M.x>=p&&M.x<=y&&M.y>=x&&M.y<=m&&M!==r&&M!==a&&Wc(o,u,c,f,l,h,M.x,M.y)&&wi(M.prev,M,M.next)>=0))return!1;M=M.nextZ}for(;C&&C.z>=g;){if(C.x>=p&&C.x<=y&&C.y>=x&&C.y<=m&&C!==r&&C!==a&&Wc(o,u,c,f,l,h,C.x,C.y)&&wi(C.prev,C,C.next)>=0)return!1;C=C.prevZ}for(;M&&M.z<=E;){if(M.x>=p&&M.x<=y&&M.y>=x&&M.y<=m&&M!==r&&M!==a&&Wc(o,u,c,f,l,h,M.x,M.y)&&wi(M.prev,M,M.next)>=0)return!1;M=M.nextZ}return!0}function Eb(n,e){let t=n;do{let i=t.prev,r=t.next.next;!df(i,r)&&ex(i,t,t.next,r)&&tf(i,r)&&tf(r,i)&&(e.push(i.i,t.i,r.i),qc(t),qc(t.next),t=n=r),t=t.next}while(t!==n);return $c(t)}function Ab(n,e,t,i,r,s){let a=n;do{let o=a.next.next;for(;o!==a.prev;){if(a.i!==o.i&&Rb(a,o)){let c=Lb(a,o);a=$c(a,a.next),c=$c(c,c.next),Yc(a,e,t,i,r,s,0),Yc(c,e,t,i,r,s,0);return}o=o.next}a=a.next}while(a!==n)}function Tb(n,e,t,i){let r=n;do r.z===0&&(r.z=lg(r.x,r.y,e,t,i)),r.prevZ=r.prev,r.nextZ=r.next,r=r.next;while(r!==n);r.prevZ.nextZ=null,r.prevZ=null,wb(r)}function wb(n){let e,t=1;do{let i=n,r;n=null;let s=null;for(e=0;i;){e++;let a=i,o=0;for(let l=0;l<t&&(o++,a=a.nextZ,!!a);l++);let c=t;for(;o>0||c>0&&a;)o!==0&&(c===0||!a||i.z<=a.z)?(r=i,i=i.nextZ,o--):(r=a,a=a.nextZ,c--),s?s.nextZ=r:n=r,r.prevZ=s,s=r;i=a}s.nextZ=null,t*=2}while(e>1);return n}function lg(n,e,t,i,r){return n=(n-t)*r|0,e=(e-i)*r|0,n=(n|n<<8)&16711935,n=(n|n<<4)&252645135,n=(n|n<<2)&858993459,n=(n|n<<1)&1431655765,e=(e|e<<8)&16711935,e=(e|e<<4)&252645135,e=(e|e<<2)&858993459,e=(e|e<<1)&1431655765,n|e<<1}function Cb(n,e,t,i,r,s,a,o){return(r-a)*(e-o)>=(n-a)*(s-o)&&(n-a)*(i-o)>=(t-a)*(e-o)&&(t-a)*(s-o)>=(r-a)*(i-o)}function Wc(n,e,t,i,r,s,a,o){return!(n===a&&e===o)&&Cb(n,e,t,i,r,s,a,o)}function Rb(n,e){return n.next.i!==e.i&&n.prev.i!==e.i&&!Ib(n,e)&&(tf(n,e)&&tf(e,n)&&Pb(n,e)&&(wi(n.prev,n,e.prev)||wi(n,e.prev,e))||df(n,e)&&wi(n.prev,n,n.next)>0&&wi(e.prev,e,e.next)>0)}function wi(n,e,t){return(e.y-n.y)*(t.x-e.x)-(e.x-n.x)*(t.y-e.y)}function df(n,e){return n.x===e.x&&n.y===e.y}function ex(n,e,t,i){let r=Kh(wi(n,e,t)),s=Kh(wi(n,e,i)),a=Kh(wi(t,i,n)),o=Kh(wi(t,i,e));return!!(r!==s&&a!==o||r===0&&jh(n,t,e)||s===0&&jh(n,i,e)||a===0&&jh(t,n,i)||o===0&&jh(t,e,i))}function jh(n,e,t){return e.x<=Math.max(n.x,t.x)&&e.x>=Math.min(n.x,t.x)&&e.y<=Math.max(n.y,t.y)&&e.y>=Math.min(n.y,t.y)}function Kh(n){return n>0?1:n<0?-1:0}function Ib(n,e){let t=n;do{if(t.i!==n.i&&t.next.i!==n.i&&t.i!==e.i&&t.next.i!==e.i&&ex(t,t.next,n,e))return!0;t=t.next}while(t!==n);return!1}function tf(n,e){return wi(n.prev,n,n.next)<0?wi(n,e,n.next)>=0&&wi(n,n.prev,e)>=0:wi(n,e,n.prev)<0||wi(n,n.next,e)<0}function Pb(n,e){let t=n,i=!1,r=(n.x+e.x)/2,s=(n.y+e.y)/2;do t.y>s!=t.next.y>s&&t.next.y!==t.y&&r<(t.next.x-t.x)*(s-t.y)/(t.next.y-t.y)+t.x&&(i=!i),t=t.next;while(t!==n);return i}function Lb(n,e){let t=cg(n.i,n.x,n.y),i=cg(e.i,e.x,e.y),r=n.next,s=e.prev;return n.next=e,e.prev=n,t.next=r,r.prev=t,i.next=t,t.prev=i,s.next=i,i.prev=s,i}function B_(n,e,t,i){let r=cg(n,e,t);return i?(r.next=i.next,r.prev=i,i.next.prev=r,i.next=r):(r.prev=r,r.next=r),r}function qc(n){n.next.prev=n.prev,n.prev.next=n.next,n.prevZ&&(n.prevZ.nextZ=n.nextZ),n.nextZ&&(n.nextZ.prevZ=n.prevZ)}function cg(n,e,t){return{i:n,x:e,y:t,prev:null,next:null,z:0,prevZ:null,nextZ:null,steiner:!1}}function Db(n,e,t,i){let r=0;for(let s=e,a=t-i;s<t;s+=i)r+=(n[a]-n[s])*(n[s+1]+n[a+1]),a=s;return r}var Nb=`
precision mediump float;
varying vec4 color;
void main() {
  gl_FragColor = color;
}`,Ob=`
uniform mat4 projectionViewModel;
uniform float aspectRatio;

uniform sampler2D colorTex;
uniform float colorTexRes;
uniform float colorTexEps;
uniform float width;
uniform float useOpacity;
uniform float useColorOpacity;
uniform int miter;

attribute vec3 prevPosition;
attribute vec3 currPosition;
attribute vec3 nextPosition;
attribute float opacity;
attribute float offsetScale;
attribute float colorIndex;

varying vec4 color;

void main() {
  vec2 aspectVec = vec2(aspectRatio, 1.0);
  vec4 prevProjected = projectionViewModel * vec4(prevPosition, 1.0);
  vec4 currProjected = projectionViewModel * vec4(currPosition, 1.0);
  vec4 nextProjected = projectionViewModel * vec4(nextPosition, 1.0);

  // get 2D screen space with W divide and aspect correction
  vec2 prevScreen = prevProjected.xy / prevProjected.w * aspectVec;
  vec2 currScreen = currProjected.xy / currProjected.w * aspectVec;
  vec2 nextScreen = nextProjected.xy / nextProjected.w * aspectVec;

  float len = width;

  // starting point uses (next - current)
  vec2 dir = vec2(0.0);
  if (currScreen == prevScreen) {
    dir = normalize(nextScreen - currScreen);
  }
  // ending point uses (current - previous)
  else if (currScreen == nextScreen) {
    dir = normalize(currScreen - prevScreen);
  }
  // somewhere in middle, needs a join
  else {
    // get directions from (C - B) and (B - A)
    vec2 dirA = normalize((currScreen - prevScreen));
    if (miter == 1) {
      vec2 dirB = normalize((nextScreen - currScreen));
      // now compute the miter join normal and length
      vec2 tangent = normalize(dirA + dirB);
      vec2 perp = vec2(-dirA.y, dirA.x);
      vec2 miter = vec2(-tangent.y, tangent.x);
      len = width / dot(miter, perp);
      dir = tangent;
    } else {
      dir = dirA;
    }
  }

  vec2 normal = vec2(-dir.y, dir.x) * len;
  normal.x /= aspectRatio;
  vec4 offset = vec4(normal * offsetScale, 0.0, 0.0);
  gl_Position = currProjected + offset;

  // Get color from texture
  float colorRowIndex = floor((colorIndex + colorTexEps) / colorTexRes);
  vec2 colorTexIndex = vec2(
    (colorIndex / colorTexRes) - colorRowIndex + colorTexEps,
    colorRowIndex / colorTexRes + colorTexEps
  );

  color = texture2D(colorTex, colorTexIndex);
  color.a = useColorOpacity * color.a + useOpacity * opacity;
}`,Vm=new Float32Array([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),tr=Float32Array.BYTES_PER_ELEMENT,Fb=n=>n!==void 0&&Number.isFinite(n),Hm=n=>n.length>0&&Array.isArray(n[0]),{push:tx,splice:Ub}=Array.prototype,Bb=(n,e=[])=>{let t=0;for(let i of n){for(let r=0;r<i-1;r++){let s=t+r*2,a=s+1,o=s+2,c=s+3;e.push(s,a,o,o,a,c)}t+=(i+2)*2}return e};function Jh(n,e=1,t=1){let i=[],r=new Array(e*2);for(let s=0,a=n.length/e;s<a;s++){let o=s*e;for(let c=0;c<e;c++){let l=n[o+c];r[c]=l,r[c+e]=l*t}tx.apply(i,r)}return i}function Ma(n,e,t,i){let r=new Array(i),s=e*i;for(let a=0;a<i;a++)r[a]=n[s+a];return Ub.call(n,t*i,0,...r),n}function kb(n,e,t,i=0){let r=[],s=new Array(t).fill(i);for(let a=0,o=n.length/e;a<o;a++){let c=a*e;for(let l=0;l<e;l++)s[l]=n[c+l];tx.apply(r,s)}return r}var zc=(n,{projection:e=Vm,model:t=Vm,view:i=Vm,points:r=[],colorIndices:s=[],color:a=[.8,.5,0,1],opacity:o=null,opacities:c=[],width:l=1,widths:u=[],miter:f=!0,is2d:h=!1,zPos2d:p=0}={})=>{if(!n){console.error("Regl instance is undefined.");return}let x=new Float32Array(16),y,m,g,E,C,M,F,D,v,w,q,X,Z,se,me,V,xe,ye,ie=h?2:3,De=()=>+(c.length===m||o!==null),pe=()=>{w=n.buffer(),q=n.buffer(),X=n.buffer(),me=n.buffer(),V={prevPosition:{buffer:(()=>w),offset:0,stride:tr*3},currPosition:{buffer:(()=>w),offset:tr*3*2,stride:tr*3},nextPosition:{buffer:(()=>w),offset:tr*3*4,stride:tr*3},opacity:{buffer:(()=>q),offset:tr*2,stride:tr},offsetScale:{buffer:(()=>X),offset:tr*2,stride:tr},colorIndex:{buffer:(()=>me),offset:tr*2,stride:tr}},xe=n.elements(),ye=n({attributes:V,depth:{enable:!h},blend:{enable:!0,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},uniforms:{projectionViewModel:(gt,Ot)=>{let sn=gt.projection||Ot.projection,Xt=gt.model||Ot.model,cn=gt.view||Ot.view;return nr(x,sn,nr(x,cn,Xt))},aspectRatio:({viewportWidth:gt,viewportHeight:Ot})=>gt/Ot,colorTex:()=>Z,colorTexRes:()=>se,colorTexEps:()=>.5/se,pixelRatio:({pixelRatio:gt})=>gt,width:({pixelRatio:gt,viewportHeight:Ot})=>l/Ot*gt,useOpacity:De,useColorOpacity:()=>+!De(),miter:+!!f},elements:()=>xe,vert:Ob,frag:Nb})},Ie=()=>{y===1&&r.length%ie>0&&console.warn(`The length of points (${m}) does not match the dimensions (${ie}). Incomplete points are ignored.`),E=r.flat().slice(0,m*ie),h&&(E=kb(E,2,3,p)),s.length!==m&&(s=new Array(m).fill(0)),u.length!==m&&(u=new Array(m).fill(1));let gt=s.slice(),Ot=c.length===m?c.slice():new Array(m).fill(o===null?1:o),sn=u.slice(),Xt=0;for(let cn of g){let an=Xt+cn-1;Ma(E,an,an,3),Ma(E,Xt,Xt,3),Ma(gt,an,an,1),Ma(gt,Xt,Xt,1),Ma(Ot,an,an,1),Ma(Ot,Xt,Xt,1),Ma(sn,an,an,1),Ma(sn,Xt,Xt,1),Xt+=cn+2}C=new Float32Array(Jh(E,3)),M=Jh(gt),F=Jh(Ot),D=Jh(sn,1,-1),v=Bb(g),w({usage:"dynamic",type:"float",length:C.length*tr,data:C}),q({usage:"dynamic",type:"float",length:F.length*tr,data:F}),X({usage:"dynamic",type:"float",length:D.length*tr,data:D}),me({usage:"dynamic",type:"float",length:M.length*tr,data:M}),xe({primitive:"triangles",usage:"dynamic",type:v.length>2**16?"uint32":"uint16",data:v})},re=()=>{je(),pe()},je=()=>{r=[],E=[],C=new Float32Array,D=[],v=[],w.destroy(),X.destroy(),xe.destroy()},kt=({projection:gt,model:Ot,view:sn}={})=>{gt&&(e=gt),Ot&&(t=Ot),sn&&(i=sn),r&&r.length>1&&ye({projection:e,model:t,view:i})},Ee=(gt,Ot)=>{let sn=Ot.flat(2);return sn.length===m?sn:sn.length===y?g.flatMap((Xt,cn)=>Array(Xt).fill(sn[cn])):gt},Xe=()=>r,wt=(gt=[],{colorIndices:Ot=s,opacities:sn=c,widths:Xt=u,is2d:cn=h}={})=>{r=gt,h=cn,ie=h?2:3,y=Hm(r)?r.length:1,g=Hm(r)?r.map(an=>Math.floor(an.length/ie)):[Math.floor(r.length/ie)],m=g.reduce((an,fi)=>an+fi,0),s=Ee(s,Ot),c=Ee(c,sn),u=Ee(u,Xt),r&&m>1?Ie():re()},Yt=()=>{let gt=Hm(a)?a:[a];se=Math.max(2,Math.ceil(Math.sqrt(gt.length)));let Ot=new Uint8Array(se**2*4);gt.forEach((sn,Xt)=>{Ot[Xt*4]=Math.min(255,Math.max(0,Math.round(sn[0]*255))),Ot[Xt*4+1]=Math.min(255,Math.max(0,Math.round(sn[1]*255))),Ot[Xt*4+2]=Math.min(255,Math.max(0,Math.round(sn[2]*255))),Ot[Xt*4+3]=Number.isNaN(+sn[3])?255:Math.min(255,Math.max(0,Math.round(sn[3]*255)))}),Z=n.texture({data:Ot,shape:[se,se,4]})},nt=(gt,Ot=o)=>{a=gt,o=Ot,Z&&Z.destroy(),Yt()},tn=()=>({color:a,miter:f,width:l}),In=({color:gt,opacity:Ot,miter:sn,width:Xt}={})=>{gt&&nt(gt,Ot||o),sn&&(f=!!sn),Fb(Xt)&&(l=Xt)},Kt=()=>({points:w,widths:X,opacities:q,colorIndices:me}),Rn=()=>({points:C,widths:D,opacities:F,colorIndices:M});return pe(),Yt(),r&&r.length>1&&wt(r),{clear:re,destroy:je,draw:kt,getPoints:Xe,setPoints:wt,getData:Rn,getBuffer:Kt,getStyle:tn,setStyle:In}},zb="1.16.0",Gb=`
precision mediump float;

uniform sampler2D texture;

varying vec2 uv;

void main () {
  gl_FragColor = texture2D(texture, uv);
}
`,Vb=`
precision mediump float;

uniform mat4 modelViewProjection;

attribute vec2 position;

varying vec2 uv;

void main () {
  uv = position;
  gl_Position = modelViewProjection * vec4(-1.0 + 2.0 * uv.x, 1.0 - 2.0 * uv.y, 0, 1);
}
`,gs="auto",Hb=0,Wm=1,Wb=2,k_=3,Xb=4,$b=Float32Array.BYTES_PER_ELEMENT,nx=["OES_texture_float","OES_element_index_uint","WEBGL_color_buffer_float","EXT_float_blend"],z_={color:[0,0,0,0],depth:1},nf="panZoom",ix="lasso",ug="rotate",G_=[nf,ix,ug],Yb=nf,qb={cubicIn:KS,cubicInOut:J_,cubicOut:JS,linear:QS,quadIn:eb,quadInOut:tb,quadOut:nb},V_=J_,ms="continuous",Xc="categorical",H_=[ms,Xc],hg="deselect",pg="lassoEnd",Zb=[hg,pg],W_=3,jb=[0,.666666667,1,1],Kb=2,Jb=!1,Qb=10,eM=3,tM=pg,nM=!1,rf=750,sf=500,af=100,of=250,iM=24,mg="lasso",lf="rotate",cf="merge",uf="remove",rM=[mg,lf,cf,uf],hf="alt",gg="cmd",rx="ctrl",sx="meta",_g="shift",sM=[hf,gg,rx,sx,_g],aM={[uf]:hf,[lf]:hf,[mg]:_g,[cf]:gg},oM=1,lM=gs,cM=gs,uM=1,Xm=1,hM="asinh",fM=6,dM=2,pM=2,$m=null,mM=null,gM=2,_M=2,Ym=null,xM=null,qm=null,vM=.66,yM=1,Zm=null,SM=.15,bM=25,MM=1,EM=1,Gc=null,AM=[.66,.66,.66,yM],TM=[0,.55,1,1],wM=[1,1,1,1],CM=[0,0,0,1],jm=null,RM=[.66,.66,.66,.2],IM=[0,.55,1,1],PM=[1,1,1,1],LM=[1,1,1,.5],DM=1,NM=1e3,OM=[0,0],FM=1,UM=0,BM=new Float32Array([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),kM="IMAGE_LOAD_ERROR",zM=null,GM=!1,VM=[1,1,1,.5],HM=!0,WM=!0,XM=!1,$M=100,YM=1/500,qM="auto",ZM=!1,jM=200,KM=500,ax=new Set(["z","valueZ","valueA","value1","category"]),ox=new Set(["w","valueW","valueB","value2","value"]),xg=15e3,JM=void 0,QM=!1,eE=.5,tE=!1,nE="lasso",lx=Symbol("SKIP_DEPRECATION_VALUE_TRANSLATION"),X_="Points have not been drawn",Km="The instance was already destroyed",iE="Ignoring draw call as the previous draw call has not yet finished. To avoid this warning `await` the draw call.";var cx=()=>{let n=[Int8Array,Uint8Array,Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array],e=1,t=8;class i{static from(u){if(!(u instanceof ArrayBuffer))throw new Error("Data must be an instance of ArrayBuffer.");let[f,h]=new Uint8Array(u,0,2);if(f!==219)throw new Error("Data does not appear to be in a KDBush format.");let p=h>>4;if(p!==e)throw new Error(`Got v${p} data when expected v${e}.`);let x=n[h&15];if(!x)throw new Error("Unrecognized array type.");let[y]=new Uint16Array(u,2,1),[m]=new Uint32Array(u,4,1);return new i(m,y,x,u)}constructor(u,f=64,h=Float64Array,p){if(isNaN(u)||u<0)throw new Error(`Unexpected numItems value: ${u}.`);this.numItems=+u,this.nodeSize=Math.min(Math.max(+f,2),65535),this.ArrayType=h,this.IndexArrayType=u<65536?Uint16Array:Uint32Array;let x=n.indexOf(this.ArrayType),y=u*2*this.ArrayType.BYTES_PER_ELEMENT,m=u*this.IndexArrayType.BYTES_PER_ELEMENT,g=(8-m%8)%8;if(x<0)throw new Error(`Unexpected typed array class: ${h}.`);p&&p instanceof ArrayBuffer?(this.data=p,this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+m+g,u*2),this._pos=u*2,this._finished=!0):(this.data=new ArrayBuffer(t+y+m+g),this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+m+g,u*2),this._pos=0,this._finished=!1,new Uint8Array(this.data,0,2).set([219,(e<<4)+x]),new Uint16Array(this.data,2,1)[0]=f,new Uint32Array(this.data,4,1)[0]=u)}add(u,f){let h=this._pos>>1;return this.ids[h]=h,this.coords[this._pos++]=u,this.coords[this._pos++]=f,h}finish(){let u=this._pos>>1;if(u!==this.numItems)throw new Error(`Added ${u} items when expected ${this.numItems}.`);return r(this.ids,this.coords,this.nodeSize,0,this.numItems-1,0),this._finished=!0,this}range(u,f,h,p){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:x,coords:y,nodeSize:m}=this,g=[0,x.length-1,0],E=[];for(;g.length;){let C=g.pop()||0,M=g.pop()||0,F=g.pop()||0;if(M-F<=m){for(let q=F;q<=M;q++){let X=y[2*q],Z=y[2*q+1];X>=u&&X<=h&&Z>=f&&Z<=p&&E.push(x[q])}continue}let D=F+M>>1,v=y[2*D],w=y[2*D+1];v>=u&&v<=h&&w>=f&&w<=p&&E.push(x[D]),(C===0?u<=v:f<=w)&&(g.push(F),g.push(D-1),g.push(1-C)),(C===0?h>=v:p>=w)&&(g.push(D+1),g.push(M),g.push(1-C))}return E}within(u,f,h){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:p,coords:x,nodeSize:y}=this,m=[0,p.length-1,0],g=[],E=h*h;for(;m.length;){let C=m.pop()||0,M=m.pop()||0,F=m.pop()||0;if(M-F<=y){for(let q=F;q<=M;q++)c(x[2*q],x[2*q+1],u,f)<=E&&g.push(p[q]);continue}let D=F+M>>1,v=x[2*D],w=x[2*D+1];c(v,w,u,f)<=E&&g.push(p[D]),(C===0?u-h<=v:f-h<=w)&&(m.push(F),m.push(D-1),m.push(1-C)),(C===0?u+h>=v:f+h>=w)&&(m.push(D+1),m.push(M),m.push(1-C))}return g}}function r(l,u,f,h,p,x){if(p-h<=f)return;let y=h+p>>1;s(l,u,y,h,p,x),r(l,u,f,h,y-1,1-x),r(l,u,f,y+1,p,1-x)}function s(l,u,f,h,p,x){for(;p>h;){if(p-h>600){let E=p-h+1,C=f-h+1,M=Math.log(E),F=.5*Math.exp(2*M/3),D=.5*Math.sqrt(M*F*(E-F)/E)*(C-E/2<0?-1:1),v=Math.max(h,Math.floor(f-C*F/E+D)),w=Math.min(p,Math.floor(f+(E-C)*F/E+D));s(l,u,f,v,w,x)}let y=u[2*f+x],m=h,g=p;for(a(l,u,h,f),u[2*p+x]>y&&a(l,u,h,p);m<g;){for(a(l,u,m,g),m++,g--;u[2*m+x]<y;)m++;for(;u[2*g+x]>y;)g--}u[2*h+x]===y?a(l,u,h,g):(g++,a(l,u,g,p)),g<=f&&(h=g+1),f<=g&&(p=g-1)}}function a(l,u,f,h){o(l,f,h),o(u,2*f,2*h),o(u,2*f+1,2*h+1)}function o(l,u,f){let h=l[u];l[u]=l[f],l[f]=h}function c(l,u,f,h){let p=l-f,x=u-h;return p*p+x*x}return i},rE=()=>{addEventListener("message",n=>{let e=n.data.points;e.length===0&&self.postMessage({error:new Error("Invalid point data")});let t=new KDBush(e.length,n.data.nodeSize);for(let[i,r]of e)t.add(i,r);t.finish(),postMessage(t.data,[t.data])})},Jm=cx(),sE=1e6,aE=n=>{let e=cx.toString(),t=n.toString(),i=`const createKDBushClass = ${e};KDBush = createKDBushClass();const createWorker = ${t};createWorker();`,r=new Blob([i],{type:"text/javascript"}),s=URL.createObjectURL(r),a=new Worker(s,{name:"KDBush"});return URL.revokeObjectURL(s),a},oE=(n,e={nodeSize:16,useWorker:void 0})=>new Promise((t,i)=>{if(n instanceof ArrayBuffer)t(Jm.from(n));else if((n.length<sE||e.useWorker===!1)&&e.useWorker!==!0){let r=new Jm(n.length,e.nodeSize);for(let s of n)r.add(s[0],s[1]);r.finish(),t(r)}else{let r=aE(rE);r.onmessage=s=>{s.data.error?i(s.data.error):t(Jm.from(s.data)),r.terminate()},r.postMessage({points:n,nodeSize:e.nodeSize})}}),lE=!0,cE=8,uE=2,hE="freeform",fE=24,dE=2500,pE=250,mE=(n,e,t)=>(1-n)*e+t,gE=(n,e)=>`${n}ms ease-out mainIn ${e}ms 1 normal forwards`,_E=(n,e)=>`${n}ms ease-out effectIn ${e}ms 1 normal forwards`,xE=(n,e)=>`${n}ms linear leftSpinIn ${e}ms 1 normal forwards`,vE=(n,e)=>`${n}ms linear rightSpinIn ${e}ms 1 normal forwards`,yE=(n,e)=>`${n}ms linear circleIn ${e}ms 1 normal forwards`,SE=(n,e,t)=>`
  @keyframes mainIn {
    0% {
      color: ${e};
      opacity: 0;
    }
    0%, ${n}% {
      color: ${e};
      opacity: 1;
    }
    100% {
      color: ${t};
      opacity: 0.8;
    }
  }
`,bE=(n,e,t,i)=>`
  @keyframes effectIn {
    0%, ${n}% {
      opacity: ${t};
      transform: scale(${i});
    }
    ${e}% {
      opacity: 0.66;
      transform: scale(1.5);
    }
    99% {
      opacity: 0;
      transform: scale(2);
    }
    100% {
      opacity: 0;
      transform: scale(0);
    }
  }
`,ME=(n,e,t)=>`
  @keyframes circleIn {
    0% {
      clip-path: ${e};
      opacity: ${t};
    }
    ${n}% {
      clip-path: ${e};
      opacity: 1;
    }
    ${n+.01}%, 100% {
      clip-path: inset(0);
      opacity: 1;
    }
  }
`,EE=(n,e)=>`
  @keyframes leftSpinIn {
    0% {
      transform: rotate(${e}deg);
    }
    ${n}%, 100% {
      transform: rotate(360deg);
    }
  }
`,AE=(n,e)=>`
  @keyframes rightSpinIn {
    0% {
      transform: rotate(${e}deg);
    }
    ${n}%, 100% {
      transform: rotate(180deg);
    }
  }
`,TE=({time:n=rf,extraTime:e=sf,delay:t=af,currentColor:i,targetColor:r,effectOpacity:s,effectScale:a,circleLeftRotation:o,circleRightRotation:c,circleClipPath:l,circleOpacity:u})=>{let f=o/360,h=mE(f,n,e),p=Math.round((1-f)*n/h*100),x=Math.round(p/2),y=p+(100-p)/4;return{rules:{main:SE(p,i,r),effect:bE(p,y,s,a),circleRight:AE(x,c),circleLeft:EE(p,o),circle:ME(x,l,u)},names:{main:gE(h,t),effect:_E(h,t),circleLeft:xE(h,t),circleRight:vE(h,t),circle:yE(h,t)}}},wE=n=>`${n}ms linear mainOut 0s 1 normal forwards`,CE=n=>`${n}ms linear effectOut 0s 1 normal forwards`,RE=n=>`${n}ms linear leftSpinOut 0s 1 normal forwards`,IE=n=>`${n}ms linear rightSpinOut 0s 1 normal forwards`,PE=n=>`${n}ms linear circleOut 0s 1 normal forwards`,LE=(n,e)=>`
  @keyframes mainOut {
    0% {
      color: ${n};
    }
    100% {
      color: ${e};
    }
  }
`,DE=(n,e)=>`
  @keyframes effectOut {
    0% {
      opacity: ${n};
      transform: scale(${e});
    }
    99% {
      opacity: 0;
      transform: scale(${e+.5});
    }
    100% {
      opacity: 0;
      transform: scale(0);
    }
  }
`,NE=(n,e)=>`
  @keyframes rightSpinOut {
    0%, ${n}% {
      transform: rotate(${e}deg);
    }
    100% {
      transform: rotate(0deg);
    }
`,OE=n=>`
  @keyframes leftSpinOut {
    0% {
      transform: rotate(${n}deg);
    }
    100% {
      transform: rotate(0deg);
    }
  }
`,FE=(n,e,t)=>`
  @keyframes circleOut {
    0%, ${n}% {
      clip-path: ${e};
      opacity: ${t};
    }
    ${n+.01}% {
      clip-path: inset(0 0 0 50%);
      opacity: ${t};
    }
    100% {
      clip-path: inset(0 0 0 50%);
      opacity: 0;
    }
  }
`,UE=({time:n=of,currentColor:e,targetColor:t,effectOpacity:i,effectScale:r,circleLeftRotation:s,circleRightRotation:a,circleClipPath:o,circleOpacity:c})=>{let l=s/360,u=l*n,f=Math.min(100,l*100),h=f>50?Math.round((1-50/f)*100):0;return{rules:{main:LE(e,t),effect:DE(i,r),circleRight:NE(h,a),circleLeft:OE(s),circle:FE(h,o,c)},names:{main:wE(u),effect:CE(u),circleRight:RE(u),circleLeft:IE(u),circle:PE(u)}}},BE=()=>{let n=document.createElement("div"),e=Math.random().toString(36).substring(2,5)+Math.random().toString(36).substring(2,5);n.id=`lasso-long-press-${e}`,n.style.position="fixed",n.style.width="1.25rem",n.style.height="1.25rem",n.style.pointerEvents="none",n.style.transform="translate(-50%,-50%)";let t=document.createElement("div");t.style.position="absolute",t.style.top=0,t.style.left=0,t.style.width="1.25rem",t.style.height="1.25rem",t.style.clipPath="inset(0px 0px 0px 50%)",t.style.opacity=0,n.appendChild(t);let i=document.createElement("div");i.style.position="absolute",i.style.top=0,i.style.left=0,i.style.width="0.8rem",i.style.height="0.8rem",i.style.border="0.2rem solid currentcolor",i.style.borderRadius="0.8rem",i.style.clipPath="inset(0px 50% 0px 0px)",i.style.transform="rotate(0deg)",t.appendChild(i);let r=document.createElement("div");r.style.position="absolute",r.style.top=0,r.style.left=0,r.style.width="0.8rem",r.style.height="0.8rem",r.style.border="0.2rem solid currentcolor",r.style.borderRadius="0.8rem",r.style.clipPath="inset(0px 50% 0px 0px)",r.style.transform="rotate(0deg)",t.appendChild(r);let s=document.createElement("div");return s.style.position="absolute",s.style.top=0,s.style.left=0,s.style.width="1.25rem",s.style.height="1.25rem",s.style.borderRadius="1.25rem",s.style.background="currentcolor",s.style.transform="scale(0)",s.style.opacity=0,n.appendChild(s),{longPress:n,longPressCircle:t,longPressCircleLeft:i,longPressCircleRight:r,longPressEffect:s}},kE=(n,e,t)=>{if(n.length===0)return 0;if(n.length===1)return n[0];let i=2**(-1/e),r=Math.max(0,n.length-t),s=n.slice(r),a=0,o=0,c=0;for(let l=s.length-1;l>=0;l--){let u=s.length-1-l,f=i**u;a+=s[l][0]*f,o+=s[l][1]*f,c+=f}return[a/c,o/c]},Ea=(n,e=null)=>n===null?e:n,Qm,ux=()=>{if(!Qm){let n=document.createElement("style");document.head.appendChild(n),Qm=n.sheet}return Qm},Ir=n=>{let e=ux(),t=e.rules.length;return e.insertRule(n,t),t},Pr=n=>{ux().deleteRule(n)},zE=`${dE}ms ease scaleInFadeOut 0s 1 normal backwards`,GE=(n,e,t)=>`
@keyframes scaleInFadeOut {
  0% {
    opacity: ${n};
    transform: translate(-50%,-50%) scale(${e}) rotate(${t}deg);
  }
  10% {
    opacity: 1;
    transform: translate(-50%,-50%) scale(1) rotate(${t+20}deg);
  }
  100% {
    opacity: 0;
    transform: translate(-50%,-50%) scale(0.9) rotate(${t+60}deg);
  }
}
`,eg=null,VE=`${pE}ms ease fadeScaleOut 0s 1 normal backwards`,HE=(n,e,t)=>`
@keyframes fadeScaleOut {
  0% {
    opacity: ${n};
    transform: translate(-50%,-50%) scale(${e}) rotate(${t}deg);
  }
  100% {
    opacity: 0;
    transform: translate(-50%,-50%) scale(0) rotate(${t}deg);
  }
}
`,tg=null,hx=(n,{onDraw:e=_s,onStart:t=_s,onEnd:i=_s,enableInitiator:r=lE,initiatorParentElement:s=document.body,longPressIndicatorParentElement:a=document.body,minDelay:o=cE,minDist:c=uE,pointNorm:l=_s,type:u=hE,brushSize:f=fE}={})=>{let h=r,p=s,x=a,y=e,m=t,g=i,E=o,C=c,M=l,F=u,D=f,v=document.createElement("div"),w=Math.random().toString(36).substring(2,5)+Math.random().toString(36).substring(2,5);v.id=`lasso-initiator-${w}`,v.style.position="fixed",v.style.display="flex",v.style.justifyContent="center",v.style.alignItems="center",v.style.zIndex=99,v.style.width="4rem",v.style.height="4rem",v.style.borderRadius="4rem",v.style.opacity=.5,v.style.transform="translate(-50%,-50%) scale(0) rotate(0deg)";let{longPress:q,longPressCircle:X,longPressCircleLeft:Z,longPressCircleRight:se,longPressEffect:me}=BE(),V=!1,xe=!1,ye=[],ie=[],De=[],pe=[],Ie,re=!1,je=null,kt=null,Ee=null,Xe=null,wt=null,Yt=null,nt=null,tn=null,In=null,Kt=null,Rn=()=>{V=!1},gt=U=>{let{left:he,top:le}=n.getBoundingClientRect();return[U.clientX-he,U.clientY-le]};window.addEventListener("mouseup",Rn);let Ot=()=>{v.style.opacity=.5,v.style.transform="translate(-50%,-50%) scale(0) rotate(0deg)"},sn=(U,he)=>{let le=getComputedStyle(U),Pe=+le.opacity,Ue=le.transform.match(/([0-9.-]+)+/g),ke=+Ue[0],tt=+Ue[1],Ht=Math.sqrt(ke*ke+tt*tt),ze=Math.atan2(tt,ke)*(180/Math.PI);return ze=he&&ze<=0?360+ze:ze,{opacity:Pe,scale:Ht,rotate:ze}},Xt=U=>{if(!h||V)return;let he=U.clientX,le=U.clientY;v.style.top=`${le}px`,v.style.left=`${he}px`;let Pe=sn(v),Ue=Pe.opacity,ke=Pe.scale,tt=Pe.rotate;v.style.opacity=Ue,v.style.transform=`translate(-50%,-50%) scale(${ke}) rotate(${tt}deg)`,v.style.animation="none",ul().then(()=>{eg!==null&&Pr(eg),eg=Ir(GE(Ue,ke,tt)),v.style.animation=zE,ul().then(()=>{Ot()})})},cn=()=>{let{opacity:U,scale:he,rotate:le}=sn(v);v.style.opacity=U,v.style.transform=`translate(-50%,-50%) scale(${he}) rotate(${le}deg)`,v.style.animation="none",ul(2).then(()=>{tg!==null&&Pr(tg),tg=Ir(HE(U,he,le)),v.style.animation=VE,ul().then(()=>{Ot()})})},an=(U,he,{time:le=rf,extraTime:Pe=sf,delay:Ue=af}={time:rf,extraTime:sf,delay:af})=>{re=!0;let ke=getComputedStyle(q);q.style.color=ke.color,q.style.top=`${he}px`,q.style.left=`${U}px`,q.style.animation="none";let tt=getComputedStyle(X);X.style.clipPath=tt.clipPath,X.style.opacity=tt.opacity,X.style.animation="none";let Ht=sn(me);me.style.opacity=Ht.opacity,me.style.transform=`scale(${Ht.scale})`,me.style.animation="none";let ze=sn(Z);Z.style.transform=`rotate(${ze.rotate}deg)`,Z.style.animation="none";let Pt=sn(se);se.style.transform=`rotate(${Pt.rotate}deg)`,se.style.animation="none",ul().then(()=>{if(!re)return;wt!==null&&Pr(wt),Xe!==null&&Pr(Xe),Ee!==null&&Pr(Ee),kt!==null&&Pr(kt),je!==null&&Pr(je);let{rules:Zt,names:rt}=TE({time:le,extraTime:Pe,delay:Ue,currentColor:ke.color||"currentcolor",targetColor:q.dataset.activeColor,effectOpacity:Ht.opacity||0,effectScale:Ht.scale||0,circleLeftRotation:ze.rotate||0,circleRightRotation:Pt.rotate||0,circleClipPath:tt.clipPath||"inset(0 0 0 50%)",circleOpacity:tt.opacity||0});je=Ir(Zt.main),kt=Ir(Zt.effect),Ee=Ir(Zt.circleLeft),Xe=Ir(Zt.circleRight),wt=Ir(Zt.circle),q.style.animation=rt.main,me.style.animation=rt.effect,Z.style.animation=rt.circleLeft,se.style.animation=rt.circleRight,X.style.animation=rt.circle})},fi=({time:U=of}={time:of})=>{if(!re)return;re=!1;let he=getComputedStyle(q);q.style.color=he.color,q.style.animation="none";let le=getComputedStyle(X);X.style.clipPath=le.clipPath,X.style.opacity=le.opacity,X.style.animation="none";let Pe=sn(me);me.style.opacity=Pe.opacity,me.style.transform=`scale(${Pe.scale})`,me.style.animation="none";let Ue=le.clipPath.slice(-2,-1)==="x",ke=sn(Z,Ue);Z.style.transform=`rotate(${ke.rotate}deg)`,Z.style.animation="none";let tt=sn(se);se.style.transform=`rotate(${tt.rotate}deg)`,se.style.animation="none",ul().then(()=>{Kt!==null&&Pr(Kt),In!==null&&Pr(In),tn!==null&&Pr(tn),nt!==null&&Pr(nt),Yt!==null&&Pr(Yt);let{rules:Ht,names:ze}=UE({time:U,currentColor:he.color||"currentcolor",targetColor:q.dataset.color,effectOpacity:Pe.opacity||0,effectScale:Pe.scale||0,circleLeftRotation:ke.rotate||0,circleRightRotation:tt.rotate||0,circleClipPath:le.clipPath||"inset(0px)",circleOpacity:le.opacity||1});Yt=Ir(Ht.main),nt=Ir(Ht.effect),tn=Ir(Ht.circleLeft),In=Ir(Ht.circleRight),Kt=Ir(Ht.circle),q.style.animation=ze.main,me.style.animation=ze.effect,Z.style.animation=ze.circleLeft,se.style.animation=ze.circleRight,X.style.animation=ze.circle})},Yn=()=>{y(ye,ie)},R=U=>{ye.push(U),ie.push(U[0],U[1])},ri=U=>{let[he,le]=U,[Pe,Ue]=ye[0];ye[1]=[he,Ue],ye[2]=[he,le],ye[3]=[Pe,le],ye[4]=[Pe,Ue],ie[2]=he,ie[3]=Ue,ie[4]=he,ie[5]=le,ie[6]=Pe,ie[7]=le,ie[8]=Pe,ie[9]=Ue},ni=U=>{De.push(U)},K=()=>Math.abs(M([0,0])[0]-M([D/2,0])[0]),Hn=(U,he,le)=>{let[Pe,Ue]=U,[ke,tt]=he,Ht=Pe-ke,ze=Ue-tt,Pt=ib([Ht,ze]);return[+ze/Pt*le,-Ht/Pt*le]},xn=U=>{let he=De.at(-1),le=K(),[Pe,Ue]=Hn(U,he,le),ke=De.length;if(ke===1){let ze=[he[0]+Pe,he[1]+Ue],Pt=[he[0]-Pe,he[1]-Ue];ye.push(ze,Pt),ie.push(ze[0],ze[1],Pt[0],Pt[1]),pe.push([Pe,Ue])}else{[Pe,Ue]=Hn(U,he,le);let ze=[...pe,[Pe,Ue]];[Pe,Ue]=kE(ze,1,10);let[Pt,Zt]=pe.at(-1),rt=(Pe+Pt)/2,hn=(Ue+Zt)/2,Kn=[he[0]+rt,he[1]+hn],An=[he[0]-rt,he[1]-hn];ye.splice(ke-1,2,Kn,An),ie.splice(2*(ke-1),4,Kn[0],Kn[1],An[0],An[1]),pe.splice(ke,1,[rt,hn])}let tt=[U[0]+Pe,U[1]+Ue],Ht=[U[0]-Pe,U[1]-Ue];ye.splice(ke,0,tt,Ht),ie.splice(2*ke,0,tt[0],tt[1],Ht[0],Ht[1]),De.push(U),pe.push([Pe,Ue])},Dn=R,et=R,xt=U=>{if(Ie)lb(U[0],U[1],Ie[0],Ie[1])>C&&(Ie=U,Dn(M(U)),ye.length>1&&Yn());else{xe||(xe=!0,m()),Ie=U;let he=M(U);et(he)}},Gt=Q_(xt,E,E),Qt=(U,he)=>{let le=gt(U);return he?Gt(le):xt(le)},O=()=>{ye=[],ie=[],De=[],pe=[],Ie=void 0,Yn()},S=U=>{Xt(U)},ae=()=>{V=!0,xe=!0,O(),m()},Ye=()=>{cn()},Oe=({merge:U=!1,remove:he=!1}={})=>{xe=!1;let le=[...ye],Pe=[...ie];return Gt.cancel(),O(),le.length>0&&g(le,Pe,{merge:U,remove:he}),le},ut=U=>{switch(U){case"rectangle":{F=U,Dn=ri,et=R;break}case"brush":{F=U,Dn=xn,et=ni;break}default:{F="freeform",Dn=R,et=R;break}}},ht=U=>{if(U==="onDraw")return y;if(U==="onStart")return m;if(U==="onEnd")return g;if(U==="enableInitiator")return h;if(U==="minDelay")return E;if(U==="minDist")return C;if(U==="pointNorm")return M;if(U==="type")return F;if(U==="brushSize")return D},we=({onDraw:U=null,onStart:he=null,onEnd:le=null,enableInitiator:Pe=null,initiatorParentElement:Ue=null,longPressIndicatorParentElement:ke=null,minDelay:tt=null,minDist:Ht=null,pointNorm:ze=null,type:Pt=null,brushSize:Zt=null}={})=>{y=Ea(U,y),m=Ea(he,m),g=Ea(le,g),h=Ea(Pe,h),E=Ea(tt,E),C=Ea(Ht,C),M=Ea(ze,M),D=Ea(Zt,D),Ue!==null&&Ue!==p&&(p.removeChild(v),Ue.appendChild(v),p=Ue),ke!==null&&ke!==x&&(x.removeChild(q),ke.appendChild(q),x=ke),h?(v.addEventListener("click",S),v.addEventListener("mousedown",ae),v.addEventListener("mouseleave",Ye)):(v.removeEventListener("mousedown",ae),v.removeEventListener("mouseleave",Ye)),Pt!==null&&ut(Pt)},Ne=()=>{p.removeChild(v),x.removeChild(q),window.removeEventListener("mouseup",Rn),v.removeEventListener("click",S),v.removeEventListener("mousedown",ae),v.removeEventListener("mouseleave",Ye)},Te=()=>U=>dg(U,{clear:O,destroy:Ne,end:Oe,extend:Qt,get:ht,set:we,showInitiator:Xt,hideInitiator:cn,showLongPressIndicator:an,hideLongPressIndicator:fi});return p.appendChild(v),x.appendChild(q),we({onDraw:y,onStart:m,onEnd:g,enableInitiator:h,initiatorParentElement:p,type:F,brushSize:D}),ab(N_("initiator",v),N_("longPressIndicator",q),Te(),ob(hx))({})},WE=`
precision highp float;

uniform float antiAliasing;

varying vec4 color;
varying float finalPointSize;

float linearstep(float edge0, float edge1, float x) {
  return clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
}

void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float sdf = length(c) * finalPointSize;
  float alpha = linearstep(finalPointSize + antiAliasing, finalPointSize - antiAliasing, sdf);

  gl_FragColor = vec4(color.rgb, alpha * color.a);
}
`,XE=n=>`
precision highp float;

uniform sampler2D colorTex;
uniform float colorTexRes;
uniform float colorTexEps;
uniform sampler2D stateTex;
uniform float stateTexRes;
uniform float stateTexEps;
uniform float devicePixelRatio;
uniform sampler2D encodingTex;
uniform float encodingTexRes;
uniform float encodingTexEps;
uniform float pointSizeExtra;
uniform float pointOpacityMax;
uniform float pointOpacityScale;
uniform float numPoints;
uniform float globalState;
uniform float isColoredByZ;
uniform float isColoredByW;
uniform float isOpacityByZ;
uniform float isOpacityByW;
uniform float isOpacityByDensity;
uniform float isSizedByZ;
uniform float isSizedByW;
uniform float isPixelAligned;
uniform float colorMultiplicator;
uniform float opacityMultiplicator;
uniform float opacityDensity;
uniform float sizeMultiplicator;
uniform float numColorStates;
uniform float pointScale;
uniform float drawingBufferWidth;
uniform float drawingBufferHeight;
uniform mat4 modelViewProjection;

attribute vec2 stateIndex;

varying vec4 color;
varying float finalPointSize;

void main() {
  vec4 state = texture2D(stateTex, stateIndex);

  if (isPixelAligned < 0.5) {
    gl_Position = modelViewProjection * vec4(state.x, state.y, 0.0, 1.0);
  } else {
    vec4 clipSpacePosition = modelViewProjection * vec4(state.x, state.y, 0.0, 1.0);
    vec2 ndcPosition = clipSpacePosition.xy / clipSpacePosition.w;
    vec2 pixelPos = 0.5 * (ndcPosition + 1.0) * vec2(drawingBufferWidth, drawingBufferHeight);
    pixelPos = floor(pixelPos + 0.5); // Snap to nearest pixel
    vec2 snappedPosition = (pixelPos / vec2(drawingBufferWidth, drawingBufferHeight)) * 2.0 - 1.0;
    gl_Position = vec4(snappedPosition, 0.0, 1.0);
  }


  // Determine color index
  float colorIndexZ =  isColoredByZ * floor(state.z * colorMultiplicator);
  float colorIndexW =  isColoredByW * floor(state.w * colorMultiplicator);

  // Multiply by the number of color states per color
  // I.e., normal, active, hover, background, etc.
  float colorIndex = (colorIndexZ + colorIndexW) * numColorStates;

  // Half a "pixel" or "texel" in texture coordinates
  float colorLinearIndex = colorIndex + globalState;

  // Need to add cEps here to avoid floating point issue that can lead to
  // dramatic changes in which color is loaded as floor(3/2.9999) = 1 but
  // floor(3/3.0001) = 0!
  float colorRowIndex = floor((colorLinearIndex + colorTexEps) / colorTexRes);

  vec2 colorTexIndex = vec2(
    (colorLinearIndex / colorTexRes) - colorRowIndex + colorTexEps,
    colorRowIndex / colorTexRes + colorTexEps
  );

  color = texture2D(colorTex, colorTexIndex);

  // Retrieve point size
  float pointSizeIndexZ = isSizedByZ * floor(state.z * sizeMultiplicator);
  float pointSizeIndexW = isSizedByW * floor(state.w * sizeMultiplicator);
  float pointSizeIndex = pointSizeIndexZ + pointSizeIndexW;

  float pointSizeRowIndex = floor((pointSizeIndex + encodingTexEps) / encodingTexRes);
  vec2 pointSizeTexIndex = vec2(
    (pointSizeIndex / encodingTexRes) - pointSizeRowIndex + encodingTexEps,
    pointSizeRowIndex / encodingTexRes + encodingTexEps
  );
  float pointSize = texture2D(encodingTex, pointSizeTexIndex).x;

  // Retrieve opacity
  ${n===3?"":`
        if (isOpacityByDensity < 0.5) {
          float opacityIndexZ = isOpacityByZ * floor(state.z * opacityMultiplicator);
          float opacityIndexW = isOpacityByW * floor(state.w * opacityMultiplicator);
          float opacityIndex = opacityIndexZ + opacityIndexW;

          float opacityRowIndex = floor((opacityIndex + encodingTexEps) / encodingTexRes);
          vec2 opacityTexIndex = vec2(
            (opacityIndex / encodingTexRes) - opacityRowIndex + encodingTexEps,
            opacityRowIndex / encodingTexRes + encodingTexEps
          );
          color.a = texture2D(encodingTex, opacityTexIndex)[${1+n}];
        } else {
          color.a = min(1.0, opacityDensity + globalState);
        }
      `}

  color.a = min(pointOpacityMax, color.a) * pointOpacityScale;
  finalPointSize = (pointSize * pointScale) + pointSizeExtra;
  gl_PointSize = finalPointSize;
}
`,$E=`precision highp float;

varying vec4 color;

void main() {
  gl_FragColor = color;
}
`,YE=`precision highp float;

uniform sampler2D startStateTex;
uniform sampler2D endStateTex;
uniform float t;

varying vec2 particleTextureIndex;

void main() {
  // Interpolate x, y, and value
  vec3 start = texture2D(startStateTex, particleTextureIndex).xyw;
  vec3 end = texture2D(endStateTex, particleTextureIndex).xyw;
  vec3 curr = start * (1.0 - t) + end * t;

  // The category cannot be interpolated
  float endCategory = texture2D(endStateTex, particleTextureIndex).z;

  gl_FragColor = vec4(curr.xy, endCategory, curr.z);
}`,qE=`precision highp float;

attribute vec2 position;
varying vec2 particleTextureIndex;

void main() {
  // map normalized device coords to texture coords
  particleTextureIndex = 0.5 * (1.0 + position);

  gl_Position = vec4(position, 0, 1);
}`,ZE=(n,e)=>n?nx.reduce((t,i)=>n.hasExtension(i)?t:(e||console.warn(`WebGL: ${i} extension not supported. Scatterplot might not render properly`),!1),!0):!1,jE=n=>{let e=n.getContext("webgl",{antialias:!0,preserveDrawingBuffer:!0}),t=[];for(let i of nx)e.getExtension(i)?t.push(i):console.warn(`WebGL: ${i} extension not supported. Scatterplot might not render properly`);return(0,K_.default)({gl:e,extensions:t})},ng=(n,e,t,i)=>Math.sqrt((n-t)**2+(e-i)**2),KE=n=>{let e=Number.POSITIVE_INFINITY,t=Number.NEGATIVE_INFINITY,i=Number.POSITIVE_INFINITY,r=Number.NEGATIVE_INFINITY;for(let s=0;s<n.length;s+=2)e=n[s]<e?n[s]:e,t=n[s]>t?n[s]:t,i=n[s+1]<i?n[s+1]:i,r=n[s+1]>r?n[s+1]:r;return[e,i,t,r]},JE=([n,e,t,i])=>Number.isFinite(n)&&Number.isFinite(e)&&Number.isFinite(t)&&Number.isFinite(i)&&t-n>0&&i-e>0,QE=/^#?([a-f\d])([a-f\d])([a-f\d])$/i,eA=(n,e=!1)=>n.replace(QE,(t,i,r,s)=>`#${i}${i}${r}${r}${s}${s}`).substring(1).match(/.{2}/g).map(t=>Number.parseInt(t,16)/255**e),Aa=(n,e,{minLength:t=0}={})=>Array.isArray(n)&&n.length>=t&&n.every(e),Ta=n=>!Number.isNaN(+n)&&+n>=0,Qh=n=>!Number.isNaN(+n)&&+n>0,ig=(n,e)=>t=>n.indexOf(t)>=0?t:e,tA=(n,e=!1,t=xg)=>new Promise((i,r)=>{let s=new Image;e&&(s.crossOrigin="anonymous"),s.src=n,s.onload=()=>{i(s)};let a=()=>{r(new Error(kM))};s.onerror=a,setTimeout(a,t)}),$_=(n,e,t=xg)=>new Promise((i,r)=>{tA(e,e.indexOf(window.location.origin)!==0&&e.indexOf("base64")===-1,t).then(s=>{i(n.texture(s))}).catch(s=>{r(s)})}),nA=(n,e=!1)=>[...eA(n,e),255**!e],iA=/(^#[0-9A-F]{6}$)|(^#[0-9A-F]{3}$)/i,rA=n=>iA.test(n),sA=n=>n>=0&&n<=1,ff=n=>Array.isArray(n)&&n.every(sA);function Y_(n,e,t,i,r,s){return(t-n)*(s-e)-(r-n)*(i-e)}var aA=(n,[e,t]=[])=>{let i=0;for(let r=0,s=n.length-2;r<n.length;r+=2){let a=n[r],o=n[r+1],c=n[s],l=n[s+1];o<=t?l>t&&Y_(a,o,c,l,e,t)>0&&i++:l<=t&&Y_(a,o,c,l,e,t)<0&&i--,s=r}return i!==0},fg=n=>typeof n=="string"||n instanceof String,oA=n=>Number.isInteger(n)&&n>=0&&n<=255,fx=n=>Array.isArray(n)&&n.every(oA),lA=n=>n.length===3&&(ff(n)||fx(n)),cA=n=>n.length===4&&(ff(n)||fx(n)),wa=n=>Array.isArray(n)&&n.length>0&&(Array.isArray(n[0])||fg(n[0])),uA=(n,e)=>!(Array.isArray(n)&&Array.isArray(e))||n.length!==e.length?!1:n.length===0?!0:Array.isArray(n[0])&&Array.isArray(e[0])?n.every(([t,i,r,s],a)=>{let[o,c,l,u]=e[a];return t===o&&i===c&&r===l&&s===u}):!1,Vc=(n,e)=>n>e?n:e,q_=(n,e)=>n<e?n:e,qi=(n,e)=>{if(cA(n)){let t=ff(n);return e&&t||!(e||t)?n:e&&!t?n.map(i=>i/255):n.map(i=>i*255)}if(lA(n)){let t=255**!e,i=ff(n);return e&&i||!(e||i)?[...n,t]:e&&!i?[...n.map(r=>r/255),t]:[...n.map(r=>r*255),t]}return rA(n)?nA(n,e):(console.warn("Only HEX, RGB, and RGBA are handled by this function. Returning white instead."),e?[1,1,1,1]:[255,255,255,255])},hA=n=>Object.entries(n).reduce((e,[t,i])=>(e[i]?e[i]=[...e[i],t]:e[i]=t,e),{}),Z_=n=>.21*n[0]+.72*n[1]+.07*n[2],fA=(n,e,t)=>Math.min(t,Math.max(e,n)),dA=n=>new Promise((e,t)=>{if(!n||Array.isArray(n))e(n);else{let i=Array.isArray(n.x)||ArrayBuffer.isView(n.x)?n.x.length:0,r=(Array.isArray(n.x)||ArrayBuffer.isView(n.x))&&(f=>n.x[f]),s=(Array.isArray(n.y)||ArrayBuffer.isView(n.y))&&(f=>n.y[f]),a=(Array.isArray(n.line)||ArrayBuffer.isView(n.line))&&(f=>n.line[f]),o=(Array.isArray(n.lineOrder)||ArrayBuffer.isView(n.lineOrder))&&(f=>n.lineOrder[f]),c=Object.keys(n),l=(()=>{let f=c.find(h=>ax.has(h));return f&&(Array.isArray(n[f])||ArrayBuffer.isView(n[f]))&&(h=>n[f][h])})(),u=(()=>{let f=c.find(h=>ox.has(h));return f&&(Array.isArray(n[f])||ArrayBuffer.isView(n[f]))&&(h=>n[f][h])})();r&&s&&l&&u&&a&&o?e(n.x.map((f,h)=>[f,s(h),l(h),u(h),a(h),o(h)])):r&&s&&l&&u&&a?e(Array.from({length:i},(f,h)=>[r(h),s(h),l(h),u(h),a(h)])):r&&s&&l&&u?e(Array.from({length:i},(f,h)=>[r(h),s(h),l(h),u(h)])):r&&s&&l?e(Array.from({length:i},(f,h)=>[r(h),s(h),l(h)])):r&&s?e(Array.from({length:i},(f,h)=>[r(h),s(h)])):t(new Error("You need to specify at least x and y"))}}),pA=n=>Number.isFinite(n.y)&&!("x"in n),mA=n=>Number.isFinite(n.x)&&!("y"in n),gA=n=>Number.isFinite(n.x)&&Number.isFinite(n.y)&&Number.isFinite(n.width)&&Number.isFinite(n.height),_A=n=>Number.isFinite(n.x1)&&Number.isFinite(n.y1)&&Number.isFinite(n.x2)&&Number.isFinite(n.x2),xA=n=>"vertices"in n&&n.vertices.length>1,vA=n=>{if(!Array.isArray(n)||n.length<3)return!1;for(let e of n)if(!Array.isArray(e)||e.length!==2||typeof e[0]!="number"||typeof e[1]!="number")return!1;return!0},yA=n=>{let e=[...n],t=n.at(0),i=n.at(-1);return(t[0]!==i[0]||t[1]!==i[1])&&e.push(t),e},j_=n=>{let e=n.length;for(let t=1;t<e;t++){let i=n[t],r=t-1;for(;r>-1&&i<n[r];)n[r+1]=n[r],r--;n[r+1]=i}return n},vg=(n={})=>{let{regl:e,canvas:t=document.createElement("canvas"),gamma:i=uM}=n,r=!1;e||(e=jE(t));let s=ZE(e),a=[t.width,t.height],o=e.framebuffer({width:a[0],height:a[1],colorFormat:"rgba",colorType:"float"}),c=e({vert:`
      precision highp float;
      attribute vec2 xy;
      void main () {
        gl_Position = vec4(xy, 0, 1);
      }`,frag:`
      precision highp float;
      uniform vec2 srcRes;
      uniform sampler2D src;
      uniform float gamma;

      vec3 approxLinearToSRGB (vec3 rgb, float gamma) {
        return pow(clamp(rgb, vec3(0), vec3(1)), vec3(1.0 / gamma));
      }

      void main () {
        vec4 color = texture2D(src, gl_FragCoord.xy / srcRes);
        gl_FragColor = vec4(approxLinearToSRGB(color.rgb, gamma), color.a);
      }`,attributes:{xy:[-4,-4,4,-4,0,4]},uniforms:{src:()=>o,srcRes:()=>a,gamma:()=>i},count:3,depth:{enable:!1},blend:{enable:!0,func:{srcRGB:"one",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}}}),l=E=>{let C=E.getContext("2d");C.clearRect(0,0,E.width,E.height),C.drawImage(t,(t.width-E.width)/2,(t.height-E.height)/2,E.width,E.height,0,0,E.width,E.height)},u=(E,C)=>{e.clear(z_),o.use(()=>{e.clear(z_),E()}),c(),l(C)},f=()=>{e.poll()},h=new Set,p=E=>(h.add(E),()=>{h.delete(E)}),x=e.frame(()=>{let E=h.values(),C=E.next();for(;!C.done;)C.value(),C=E.next()}),y=(E,C)=>{let M=E===void 0?Math.min(window.innerWidth,window.screen.availWidth):E,F=C===void 0?Math.min(window.innerHeight,window.screen.availHeight):C;t.width=M*window.devicePixelRatio,t.height=F*window.devicePixelRatio,a[0]=t.width,a[1]=t.height,o.resize(...a)},m=()=>{y()};return n.canvas||(window.addEventListener("resize",m),window.addEventListener("orientationchange",m),y()),{get canvas(){return t},get regl(){return e},get gamma(){return i},set gamma(E){i=+E},get isSupported(){return s},get isDestroyed(){return r},render:u,resize:y,onFrame:p,refresh:f,destroy:()=>{r=!0,window.removeEventListener("resize",m),window.removeEventListener("orientationchange",m),x.cancel(),t=void 0,e.destroy(),e=void 0}}},SA=function(){let e=(l,u,f,h,p)=>{let x=(h-u)*.5,y=(p-f)*.5;return(2*f-2*h+x+y)*l*l*l+(-3*f+3*h-2*x-y)*l*l+x*l+f},t=(l,u,f)=>{let h=f*l,p=Math.floor(h),x=h-p,y=u[Math.max(0,p-1)],m=u[p],g=u[Math.min(f,p+1)],E=u[Math.min(f,p+2)];return[e(x,y[0],m[0],g[0],E[0]),e(x,y[1],m[1],g[1],E[1])]},i=(l,u,f,h)=>(l-f)**2+(u-h)**2;let r=(l,u,f)=>{let h=u[0],p=u[1],x=f[0]-h,y=f[1]-p;if(x!==0||y!==0){let m=((l[0]-h)*x+(l[1]-p)*y)/(x*x+y*y);m>1?(h=f[0],p=f[1]):m>0&&(h+=x*m,p+=y*m)}return x=l[0]-h,y=l[1]-p,x*x+y*y};let s=(l,u,f,h,p)=>{let x=h,y;for(let m=u+1;m<f;m++){let g=r(l[m],l[u],l[f]);g>x&&(y=m,x=g)}x>h&&(y-u>1&&s(l,u,y,h,p),p.push(l[y]),f-y>1&&s(l,y,f,h,p))};let a=(l,u)=>{let f=l.length-1,h=[l[0]];return s(l,0,f,u,h),h.push(l[f]),h},o=(l,{maxIntPointsPerSegment:u=100,tolerance:f=.002}={})=>{let h=l.length,p=h-1,x=p*u+1,y=f**2,m=[],g;for(let E=0;E<h-1;E++){let C=[l[E].slice(0,2)];g=l[E];for(let M=1;M<u;M++){let F=(E*u+M)/x,D=t(F,l,p);i(g[0],g[1],D[0],D[1])>y&&(C.push(D),g=D)}C.push(l[E+1]),C=a(C,y),m=m.concat(C.slice(0,C.length-1))}return m.push(l[l.length-1].slice(0,2)),m.flat()},c=l=>{let u={},f=!Number.isNaN(+l[0][5]);return l.forEach(h=>{let p=h[4];u[p]||(u[p]=[]),f?u[p][h[5]]=h:u[p].push(h)}),Object.entries(u).forEach(h=>{u[h[0]]=h[1].filter(p=>p),u[h[0]].reference=h[1][0]}),u};self.onmessage=function(u){u.data.points&&+u.data.points.length||self.postMessage({error:new Error("No points provided")}),u.data.points;let h=c(u.data.points);self.postMessage({points:Object.entries(h).reduce((p,x)=>(p[x[0]]=o(x[1],u.data.options),p[x[0]].reference=x[1].reference,p),{})})}},bA=(n,e={tolerance:.002,maxIntPointsPerSegment:100})=>new Promise((t,i)=>{let r=cb(SA);r.onmessage=s=>{s.data.error?i(s.data.error):t(s.data.points),r.terminate()},r.postMessage({points:n,options:e})}),rg={showRecticle:{replacement:"showReticle",removalVersion:"2",translation:_s},recticleColor:{replacement:"reticleColor",removalVersion:"2",translation:_s},keyMap:{replacement:"actionKeyMap",removalVersion:"2",translation:hA}},sg=n=>{let e=Object.keys(n).filter(t=>rg[t]);for(let t of e){let{replacement:i,removalVersion:r,translation:s}=rg[t];console.warn(`regl-scatterplot: the "${t}" property is deprecated and will be removed in v${r}. Please use "${i}" instead.`),n[rg[t].replacement]=n[t]!==lx?s(n[t]):n[t],delete n[t]}return n},Lr=(n,e,{allowSegment:t=!1,allowDensity:i=!1,allowInherit:r=!1}={})=>ax.has(n)?"valueZ":ox.has(n)?"valueW":n==="segment"?t?"segment":e:n==="density"?i?"density":e:n==="inherit"&&r?"inherit":e,ag=n=>{switch(n){case"valueZ":return 2;case"valueW":return 3;default:return null}},dx=(n={})=>{let e=P_({async:!n.syncEvents,caseInsensitive:!0}),t=new Float32Array(16),i=new Float32Array(16),r=[0,0];sg(n);let{renderer:s,antiAliasing:a=eE,pixelAligned:o=tE,backgroundColor:c=CM,backgroundImage:l=zM,canvas:u=document.createElement("canvas"),colorBy:f=Gc,deselectOnDblClick:h=HM,deselectOnEscape:p=WM,lassoColor:x=jb,lassoLineWidth:y=Kb,lassoMinDelay:m=Qb,lassoMinDist:g=eM,lassoClearEvent:E=tM,lassoInitiator:C=Jb,lassoInitiatorParentElement:M=document.body,lassoLongPressIndicatorParentElement:F=document.body,lassoOnLongPress:D=nM,lassoLongPressTime:v=rf,lassoLongPressAfterEffectTime:w=sf,lassoLongPressEffectDelay:q=af,lassoLongPressRevertEffectTime:X=of,lassoType:Z=nE,lassoBrushSize:se=iM,actionKeyMap:me=aM,mouseMode:V=Yb,showReticle:xe=GM,reticleColor:ye=VM,pointColor:ie=AM,pointColorActive:De=TM,pointColorHover:pe=wM,showPointConnections:Ie=XM,pointConnectionColor:re=RM,pointConnectionColorActive:je=IM,pointConnectionColorHover:kt=PM,pointConnectionColorBy:Ee=jm,pointConnectionOpacity:Xe=xM,pointConnectionOpacityBy:wt=qm,pointConnectionOpacityActive:Yt=vM,pointConnectionSize:nt=gM,pointConnectionSizeActive:tn=_M,pointConnectionSizeBy:In=Ym,pointConnectionMaxIntPointsPerSegment:Kt=$M,pointConnectionTolerance:Rn=YM,pointSize:gt=fM,pointSizeSelected:Ot=dM,pointSizeMouseDetection:sn=qM,pointOutlineWidth:Xt=pM,opacity:cn=gs,opacityBy:an=Zm,opacityByDensityFill:fi=SM,opacityInactiveMax:Yn=MM,opacityInactiveScale:R=EM,sizeBy:ri=$m,pointOrder:ni=mM,pointScaleMode:K=hM,height:Hn=cM,width:xn=lM,annotationLineColor:Dn=LM,annotationLineWidth:et=DM,annotationHVLineLimit:xt=NM,cameraIsFixed:Gt=QM}=n,Qt=xn===gs?1:xn,O=Hn===gs?1:Hn,{performanceMode:S=ZM,opacityByDensityDebounceTime:ae=bM,spatialIndexUseWorker:Ye=JM}=n,Oe=!!(n.renderPointsAsSquares||S),ut=!!(n.disableAlphaBlending||S);V=ig(G_,nf)(V),s||(s=vg({regl:n.regl,gamma:n.gamma})),c=qi(c,!0),x=qi(x,!0),ye=qi(ye,!0);let ht=!1,we=!1,Ne=Z_(c),Te,U,he,le=!1,Pe=null,Ue=[0,0],ke=-1,tt=[],Ht=new Set,ze=new Set,Pt=!1,Zt=new Set,rt=[],hn=0,Kn=0,An=!1,Ur=[],Ts,ws,Cs=n.aspectRatio||oM,Qs,Xi,fr,Qi,$i,ns,is,rs,Br,ss,as,os,$a=!1,Wn=!0,kr=!1,Rs;ie=wa(ie)?[...ie]:[ie],De=wa(De)?[...De]:[De],pe=wa(pe)?[...pe]:[pe],ie=ie.map(d=>qi(d,!0)),De=De.map(d=>qi(d,!0)),pe=pe.map(d=>qi(d,!0)),cn=!Array.isArray(cn)&&Number.isNaN(+cn)?ie[0][3]:cn,cn=Aa(cn,Ta,{minLength:1})?[...cn]:[cn],gt=Aa(gt,Ta,{minLength:1})?[...gt]:[gt];let A=Xm/gt[0];re==="inherit"?re=[...ie]:(re=wa(re)?[...re]:[re],re=re.map(d=>qi(d,!0))),je==="inherit"?je=[...De]:(je=wa(je)?[...je]:[je],je=je.map(d=>qi(d,!0))),kt==="inherit"?kt=[...pe]:(kt=wa(kt)?[...kt]:[kt],kt=kt.map(d=>qi(d,!0))),Xe==="inherit"?Xe=[...cn]:Xe=Aa(Xe,Ta,{minLength:1})?[...Xe]:[Xe],nt==="inherit"?nt=[...gt]:nt=Aa(nt,Ta,{minLength:1})?[...nt]:[nt],f=Lr(f,Gc),an=Lr(an,Zm,{allowDensity:!0}),ri=Lr(ri,$m),Ee=Lr(Ee,jm,{allowSegment:!0,allowInherit:!0}),wt=Lr(wt,qm,{allowSegment:!0}),In=Lr(In,Ym,{allowSegment:!0});let Y,Se,ue,_e,dt=0,$t=0,pt,zt,jt,on=null,mn=null,Wt,Tn,Jn,zn,Un=!1,hi=null,qt,Xn,vn=xe,bi,li=0,Hi,Ui=0,er=!1,pn=!1,si=!1,Mi=!1,Gn=Xc,Qn=Xc,qn,zr=!1,Bi=n.xScale||null,xi=n.yScale||null,Ya=0,qa=0,dr=0,Za=0;Bi&&(Ya=Bi.domain()[0],qa=Bi.domain()[1]-Bi.domain()[0],Bi.range([0,Qt])),xi&&(dr=xi.domain()[0],Za=xi.domain()[1]-xi.domain()[0],xi.range([O,0]));let Wu=d=>-1+d/Qt*2,ja=d=>1+d/O*-2,Vl=()=>[Wu(r[0]),ja(r[1])],Ar=(d,L)=>{let Q=[d,L,1,1],be=og(t,nr(t,Qs,nr(t,Te.view,fr)));return Hc(Q,Q,be),Q.slice(0,2)},Hl=(d=0)=>{let L=Vr(),be=(as[1]-os[1])/u.height;return(Br*L+d)*be},Wl=()=>Pt?rt.filter((d,L)=>Zt.has(L)):rt,Ka=(d,L,Q,be)=>{let We=Ts.range(d,L,Q,be);return Pt?We.filter(At=>Zt.has(At)):We},No=()=>{let[d,L]=Vl(),[Q,be]=Ar(d,L),We=Hl(4),At=Ka(Q-We,be-We,Q+We,be+We),Rt=We,bt=-1;for(let st of At){let[dn,di]=rt[st],vi=ng(dn,di,Q,be);vi<Rt&&(Rt=vi,bt=st)}return bt},ls=(d,L)=>{Ur=d,U.setPoints(L),e.publish("lassoExtend",{coordinates:d})},Oo=d=>{let L=KE(d);if(!JE(L))return[];let Q=Ka(...L),be=[];for(let We of Q)aA(d,rt[We])&&be.push(We);return be},Ja=()=>{Ur=[],U&&U.clear()},ea=d=>d&&d.length>4,Is=(d,L)=>{if(ns||!Ie||!ea(rt[d[0]]))return;let Q=L===0,be=L===1?bt=>ze.add(bt):_s,We=Object.keys(d.reduce((bt,st)=>{let dn=rt[st],vi=Array.isArray(dn[4])?dn[4][0]:dn[4];return bt[vi]=!0,bt},{})),At=Qi.getData().opacities,Rt=We.filter(bt=>!ze.has(+bt));for(let bt of Rt){let st=$i[bt][0],dn=$i[bt][2],di=$i[bt][3],vi=st*4+di*2,Fs=vi+dn*2+4;At.__original__===void 0&&(At.__original__=At.slice());for(let Cr=vi;Cr<Fs;Cr++)At[Cr]=Q?At.__original__[Cr]:Yt;be(bt)}Qi.getBuffer().opacities.subdata(At,0)},Ps=d=>[d%dt/dt+$t,Math.floor(d/dt)/dt+$t],Cp=d=>Pt&&!Zt.has(d),Fo=({preventEvent:d=!1}={})=>{E===hg&&Ja(),tt.length>0&&(d||e.publish("deselect"),ze.clear(),Is(tt,0),tt=[],Ht.clear(),Wn=!0)},Rp=d=>{if(!(Bi&&xi))return console.warn("xScale and yScale must be defined for programmatic lasso selection"),null;let L=[];for(let[Q,be]of d){let We=(Q-Ya)/qa,At=(be-dr)/Za,Rt=We*2-1,bt=At*2-1,[st,dn]=Ar(Rt,bt);L.push(st,dn)}return L},ta=(d,{merge:L=!1,remove:Q=!1,preventEvent:be=!1}={})=>{let We=Array.isArray(d)?d:[d],At=[...tt];if(L){if(tt=sb(tt,We),At.length===tt.length){Wn=!0;return}}else if(Q){let bt=new Set(We);if(tt=tt.filter(st=>!bt.has(st)),At.length===tt.length){Wn=!0;return}}else{if(tt?.length>0&&Is(tt,0),At.length>0&&We.length===0){Fo({preventEvent:be});return}tt=We}if(zm(At,tt)){Wn=!0;return}let Rt=[];Ht.clear(),ze.clear();for(let bt=tt.length-1;bt>=0;bt--){let st=tt[bt];if(st<0||st>=hn||Cp(st)){tt.splice(bt,1);continue}Ht.add(st),Rt.push.apply(Rt,Ps(st))}zt({usage:"dynamic",type:"float",data:Rt}),Is(tt,1),be||e.publish("select",{points:tt}),Wn=!0},Ip=(d,{merge:L=!1,remove:Q=!1,isGl:be=!1}={})=>{if(!vA(d))throw new Error("Lasso selection requires at least 3 vertices as [x, y] coordinate pairs");let We=yA(d),At,Rt;if(be)At=We,Rt=We.flat();else{if(Rt=Rp(We),!Rt)throw new Error("xScale and yScale must be defined to convert lasso vertices from data space to GL space");At=[];for(let bt=0;bt<Rt.length;bt+=2)At.push([Rt[bt],Rt[bt+1]])}na(At,Rt,{merge:L,remove:Q})},or=(d,{showReticleOnce:L=!1,preventEvent:Q=!1}={})=>{let be=!1;if(!(Pt&&!Zt.has(d))&&d>=0&&d<hn){be=!0;let At=qn,Rt=d!==qn;+At>=0&&Rt&&!Ht.has(At)&&Is([At],0),qn=d,jt.subdata(Ps(d)),Ht.has(d)||Is([d],2),Rt&&!Q&&e.publish("pointover",qn)}else be=+qn>=0,be&&(Ht.has(qn)||Is([qn],0),Q||e.publish("pointout",qn)),qn=void 0;be&&(Wn=!0,kr=L)},Xl=d=>{let L=u.getBoundingClientRect();return r[0]=d.clientX-L.left,r[1]=d.clientY-L.top,[...r]},Pp=()=>{Te.config({isFixed:!0}),le=!0,An=!0,Ja(),ke>=0&&(clearTimeout(ke),ke=-1),e.publish("lassoStart")},na=(d,L,{merge:Q=!1,remove:be=!1}={})=>{Te.config({isFixed:Gt}),Ur=[...d];let We=Oo(L);ta(We,{merge:Q,remove:be}),e.publish("lassoEnd",{coordinates:Ur}),E===pg&&Ja()},ai=hx(u,{onStart:Pp,onDraw:ls,onEnd:na,enableInitiator:C,initiatorParentElement:M,longPressIndicatorParentElement:F,pointNorm:([d,L])=>Ar(Wu(d),ja(L)),minDelay:m,minDist:Z==="brush"?Math.max(W_,g):g,type:Z}),ia=()=>V===ix,ra=(d,L)=>{switch(me[L]){case hf:return d.altKey;case gg:return d.metaKey;case rx:return d.ctrlKey;case sx:return d.metaKey;case _g:return d.shiftKey;default:return!1}},sa=d=>document.elementsFromPoint(d.clientX,d.clientY).some(L=>L===u),$l=d=>{!pn||d.buttons!==1||(le=!0,Pe=performance.now(),Ue=Xl(d),An=ia()||ra(d,mg),!An&&D&&(ai.showLongPressIndicator(d.clientX,d.clientY,{time:v,extraTime:w,delay:q}),ke=setTimeout(()=>{ke=-1,An=!0},v)))},Gr=d=>{pn&&(le=!1,ke>=0&&(clearTimeout(ke),ke=-1),An&&(d.preventDefault(),An=!1,ai.end({merge:ra(d,cf),remove:ra(d,uf)})),D&&ai.hideLongPressIndicator({time:X}))},Uo=d=>{if(!pn)return;d.preventDefault();let L=Xl(d);if(ng(...L,...Ue)>=g)return;let Q=performance.now()-Pe;if(!C||Q<KM){let be=No();be>=0?(tt.length>0&&E===hg&&Ja(),ta([be],{merge:ra(d,cf),remove:ra(d,uf)})):ss||(ss=setTimeout(()=>{ss=null,ai.showInitiator(d)},jM))}},Xu=d=>{ai.hideInitiator(),ss&&(clearTimeout(ss),ss=null),h&&(d.preventDefault(),Fo())},$u=d=>{if(Mi||(zr=sa(d),Mi=!0),!(pn&&(zr||le)))return;let L=Xl(d),be=ng(...L,...Ue)>=g;zr&&!An&&or(No()),An?(d.preventDefault(),ai.extend(d,!0)):le&&D&&be&&ai.hideLongPressIndicator({time:X}),ke>=0&&be&&(clearTimeout(ke),ke=-1),le&&(Wn=!0)},Yu=()=>{qn=void 0,zr=!1,Mi=!1,pn&&(+qn>=0&&!Ht.has(qn)&&Is([qn],0),Gr(),Wn=!0)},Bo=()=>{let d=Math.max(gt.length,cn.length);Ui=Math.max(2,Math.ceil(Math.sqrt(d)));let L=new Float32Array(Ui**2*4);for(let Q=0;Q<d;Q++){L[Q*4]=gt[Q]||0,L[Q*4+1]=Math.min(1,cn[Q]||0);let be=Number((De[Q]||De[0])[3]);L[Q*4+2]=Math.min(1,Number.isNaN(be)?1:be);let We=Number((pe[Q]||pe[0])[3]);L[Q*4+3]=Math.min(1,Number.isNaN(We)?1:We)}return s.regl.texture({data:L,shape:[Ui,Ui,4],type:"float"})},Yl=(d=ie,L=De,Q=pe)=>{let be=d.length,We=L.length,At=Q.length,Rt=[];if(be===We&&We===At)for(let bt=0;bt<be;bt++)Rt.push(d[bt],L[bt],Q[bt],c);else for(let bt=0;bt<be;bt++){let st=[d[bt][0],d[bt][1],d[bt][2],1],dn=f===Gc?L[0]:st,di=f===Gc?Q[0]:st;Rt.push(d[bt],dn,di,c)}return Rt},ql=()=>{let d=Yl(),L=d.length;li=Math.max(2,Math.ceil(Math.sqrt(L)));let Q=new Float32Array(li**2*4);return d.forEach((be,We)=>{Q[We*4]=be[0],Q[We*4+1]=be[1],Q[We*4+2]=be[2],Q[We*4+3]=be[3]}),s.regl.texture({data:Q,shape:[li,li,4],type:"float"})},qu=(d,L)=>{Xi[0]=d/ws,Xi[5]=L},ii=()=>{ws=Qt/O,Qs=ef([],[1/ws,1,1]),Xi=ef([],[1/ws,1,1]),fr=ef([],[Cs,1,1])},Zu=d=>{+d<=0||(Cs=d)},Zl=(d,L)=>Q=>{if(!Q||Q.length===0)return;let We=[...d()],At=wa(Q)?Q:[Q];if(At=At.map(Rt=>qi(Rt,!0)),!uA(We,At)){bi&&bi.destroy();try{L(At),bi=ql()}catch{console.error("Invalid colors. Switching back to default colors."),L(We),bi=ql()}}},Tr=Zl(()=>ie,d=>{ie=d}),jl=Zl(()=>De,d=>{De=d}),ko=Zl(()=>pe,d=>{pe=d}),Ls=()=>{let d=Ar(-1,-1),L=Ar(1,1),Q=(d[0]+1)/2,be=(L[0]+1)/2,We=(d[1]+1)/2,At=(L[1]+1)/2,Rt=[Ya+Q*qa,Ya+be*qa],bt=[dr+We*Za,dr+At*Za];return[Rt,bt]},wr=()=>{if(!(Bi||xi))return;let[d,L]=Ls();Bi&&Bi.domain(d),xi&&xi.domain(L)},aa=(d,L)=>{O=Math.max(1,d),u.height=Math.floor(O*window.devicePixelRatio),xi&&(xi.range([O,0]),L||wr())},Ds=d=>{if(d===gs){Hn=d,u.style.height="100%",window.requestAnimationFrame(()=>{u&&aa(u.getBoundingClientRect().height)});return}!+d||+d<=0||(Hn=+d,aa(Hn),u.style.height=`${Hn}px`)},oa=()=>{Br=sn,sn===gs&&(Br=Array.isArray(gt)?rb(gt):gt)},zo=d=>{let L=Array.isArray(gt)?[...gt]:gt;Aa(d,Ta,{minLength:1})?gt=[...d]:Qh(+d)&&(gt=[+d]),!(L===gt||zm(L,gt))&&(Hi&&Hi.destroy(),A=Xm/gt[0],Hi=Bo(),oa())},Kl=d=>{!+d||+d<0||(Ot=+d)},ju=d=>{!+d||+d<0||(Xt=+d)},Jl=(d,L)=>{Qt=Math.max(1,d),u.width=Math.floor(Qt*window.devicePixelRatio),Bi&&(Bi.range([0,Qt]),L||wr())},Ql=d=>{if(d===gs){xn=d,u.style.width="100%",window.requestAnimationFrame(()=>{u&&Jl(u.getBoundingClientRect().width)});return}!+d||+d<=0||(xn=+d,Jl(xn),u.style.width=`${Qt}px`)},Lp=d=>{let L=Array.isArray(cn)?[...cn]:cn;Aa(d,Ta,{minLength:1})?cn=[...d]:Qh(+d)&&(cn=[+d]),!(L===cn||zm(L,cn))&&(Hi&&Hi.destroy(),Hi=Bo())},ec=d=>{switch(d){case"valueZ":return Gn;case"valueW":return Qn;default:return null}},Qa=(d,L)=>d===ms?Q=>Math.round(Q*(L.length-1)):_s,Go=d=>{f=Lr(d,Gc)},tc=d=>{an=Lr(d,Zm,{allowDensity:!0})},nc=d=>{ri=Lr(d,$m)},la=d=>{if(d==null)ni=null;else if(Array.isArray(d))ni=d;else return;if(pn)if(us(),Pt){let L=[];if(on!==null)for(let Q=0;Q<on.length;Q++)Zt.has(on[Q])&&L.push.apply(L,Ps(on[Q]));else{let Q=j_([...Zt]);for(let be of Q)L.push.apply(L,Ps(be))}pt.subdata(L)}else pt.subdata(Yo(hn))},ic=d=>{Ee=Lr(d,jm,{allowSegment:!0,allowInherit:!0})},rc=d=>{wt=Lr(d,qm,{allowSegment:!0})},sc=d=>{In=Lr(d,Ym,{allowSegment:!0})},ac=()=>a,Ku=()=>[u.width,u.height],Ju=()=>l,Qu=()=>bi,eh=()=>li,th=()=>.5/li,nh=()=>window.devicePixelRatio,ih=()=>pt,Vo=()=>zt,ca=()=>Hi,oc=()=>Ui,lc=()=>.5/Ui,ua=()=>0,Dp=()=>ue||Y,Np=()=>dt,Op=()=>.5/dt,eo=()=>Xi,cc=()=>Te.view,uc=()=>fr,hc=()=>nr(i,Xi,nr(i,Te.view,fr)),Ho=()=>window.devicePixelRatio,rh=()=>Vc(A,Te.scaling[0])*window.devicePixelRatio,Wo=()=>Te.scaling[0]>1?Math.asinh(Vc(1,Te.scaling[0]))/Math.asinh(1)*window.devicePixelRatio:Vc(A,Te.scaling[0])*window.devicePixelRatio,Vr=Wo;K==="linear"?Vr=rh:K==="constant"&&(Vr=Ho);let fc=()=>Pt?Zt.size:hn,Ns=()=>tt.length,Fp=()=>Ns()>0?Yn:1,Xo=()=>Ns()>0?R:1,Up=()=>+(f==="valueZ"),Bp=()=>+(f==="valueW"),kp=()=>+(an==="valueZ"),zp=()=>+(an==="valueW"),Gp=()=>+(an==="density"),Vp=()=>+(ri==="valueZ"),Hp=()=>+(ri==="valueW"),sh=()=>+o,to=()=>f==="valueZ"?Gn===ms?ie.length-1:1:Qn===ms?ie.length-1:1,Wp=()=>an==="valueZ"?Gn===ms?cn.length-1:1:Qn===ms?cn.length-1:1,$o=()=>ri==="valueZ"?Gn===ms?gt.length-1:1:Qn===ms?gt.length-1:1,lr=d=>{if(an!=="density")return 1;let L=Vr(),Q=gt[0]*L,be=2/(2/Te.view[0])*(2/(2/Te.view[5])),We=d.viewportHeight,At=d.viewportWidth,Rt=fi*At*We/(Kn*Q*Q)*q_(1,be);Rt*=Oe?1:1/(.25*Math.PI);let bt=Vc(Xm,Q)+.5;return Rt*=(Q/bt)**2,q_(1,Vc(0,Rt))},ha=s.regl({framebuffer:()=>_e,vert:qE,frag:YE,attributes:{position:[-4,0,4,4,4,-4]},uniforms:{startStateTex:()=>Se,endStateTex:()=>Y,t:(d,L)=>L.t},count:3}),cs=(d,L,Q,be=Hb,We=Fp,At=Xo)=>s.regl({frag:Oe?$E:WE,vert:XE(be),blend:{enable:!ut,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},depth:{enable:!1},attributes:{stateIndex:{buffer:Q,size:2}},uniforms:{antiAliasing:ac,resolution:Ku,modelViewProjection:hc,devicePixelRatio:nh,pointScale:()=>Vr(),encodingTex:ca,encodingTexRes:oc,encodingTexEps:lc,pointOpacityMax:We,pointOpacityScale:At,pointSizeExtra:d,globalState:be,colorTex:Qu,colorTexRes:eh,colorTexEps:th,stateTex:Dp,stateTexRes:Np,stateTexEps:Op,isColoredByZ:Up,isColoredByW:Bp,isOpacityByZ:kp,isOpacityByW:zp,isOpacityByDensity:Gp,isSizedByZ:Vp,isSizedByW:Hp,isPixelAligned:sh,colorMultiplicator:to,opacityMultiplicator:Wp,opacityDensity:lr,sizeMultiplicator:$o,numColorStates:Xb,drawingBufferWidth:Rt=>Rt.drawingBufferWidth,drawingBufferHeight:Rt=>Rt.drawingBufferHeight},count:L,primitive:"points"}),ah=cs(ua,fc,ih),oh=cs(ua,()=>1,()=>jt,Wb,()=>1,()=>1),lh=cs(()=>(Ot+Xt*2)*window.devicePixelRatio,Ns,Vo,Wm,()=>1,()=>1),ch=cs(()=>(Ot+Xt)*window.devicePixelRatio,Ns,Vo,k_,()=>1,()=>1),uh=cs(()=>Ot*window.devicePixelRatio,Ns,Vo,Wm,()=>1,()=>1),Xp=()=>{lh(),ch(),uh()},fa=s.regl({frag:Gb,vert:Vb,attributes:{position:[0,1,0,0,1,0,0,1,1,1,1,0]},uniforms:{modelViewProjection:hc,texture:Ju},count:6}),Ci=s.regl({vert:`
      precision mediump float;
      uniform mat4 modelViewProjection;
      attribute vec2 position;
      void main () {
        gl_Position = modelViewProjection * vec4(position, 0, 1);
      }`,frag:`
      precision mediump float;
      uniform vec4 color;
      void main () {
        gl_FragColor = vec4(color.rgb, 0.2);
      }`,depth:{enable:!1},blend:{enable:!0,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},attributes:{position:()=>Ur},uniforms:{modelViewProjection:hc,color:()=>x},elements:()=>yb(U.getPoints())}),hh=()=>{if(!(qn>=0))return;let[d,L]=rt[qn].slice(0,2),Q=[d,L,0,1];nr(t,Xi,nr(t,Te.view,fr)),Hc(Q,Q,t),is.setPoints([-1,Q[1],1,Q[1]]),rs.setPoints([Q[0],1,Q[0],-1]),is.draw(),rs.draw(),cs(()=>(Ot+Xt*2)*window.devicePixelRatio,()=>1,jt,Wm)(),cs(()=>(Ot+Xt)*window.devicePixelRatio,()=>1,jt,k_)()},fh=d=>{let L=new Float32Array(d*2),Q=0;for(let be=0;be<d;++be){let We=Ps(be);L[Q]=We[0],L[Q+1]=We[1],Q+=2}return L},us=()=>{if(ni===null){on=null,mn=null;return}let d=new Set,L=[];for(let be=0;be<ni.length;be++){let We=ni[be];Number.isFinite(We)&&We>=0&&We<hn&&!d.has(We)&&(L.push(We),d.add(We))}for(let be=0;be<hn;be++)d.has(be)||L.push(be);on=L,mn=new Float32Array(L.length*2);let Q=0;for(let be=0;be<L.length;be++){let We=Ps(L[be]);mn[Q]=We[0],mn[Q+1]=We[1],Q+=2}},Yo=d=>mn!==null?mn:fh(d),dc=(d,L={})=>{let Q=d.length;dt=Math.max(2,Math.ceil(Math.sqrt(Q))),$t=.5/dt;let be=new Float32Array(dt**2*4),We=!0,At=!0,Rt=0,bt=0,st=0;for(let dn=0;dn<Q;++dn)Rt=dn*4,be[Rt]=d[dn][0],be[Rt+1]=d[dn][1],bt=d[dn][2]||0,st=d[dn][3]||0,be[Rt+2]=bt,be[Rt+3]=st,We&&(We=Number.isInteger(bt)),At&&(At=Number.isInteger(st));return L.z&&H_.includes(L.z)?Gn=L.z:Gn=We?Xc:ms,L.w&&H_.includes(L.w)?Qn=L.w:Qn=At?Xc:ms,s.regl.texture({data:be,shape:[dt,dt,4],type:"float"})},$p=(d,L={})=>{if(!Y)return!1;if(Un){let Q=Se;Se=ue,Q.destroy()}else Se=Y;return ue=dc(d,L),_e=s.regl.framebuffer({color:ue,depth:!1,stencil:!1}),Y=void 0,!0},Yp=()=>!!(Se&&ue),qp=()=>{Se&&(Se.destroy(),Se=void 0),ue&&(ue.destroy(),ue=void 0)},dh=(d,L={})=>new Promise(Q=>{pn=!1;let be=L?.preventFilterReset&&d.length===hn,We=hn;hn=d.length,Kn=hn,We>0&&hn!==We&&(ni=null,on=null,mn=null),Y&&Y.destroy(),Y=dc(d,{z:L.zDataType,w:L.wDataType}),be||(us(),pt({usage:"static",type:"float",data:Yo(hn)})),oE(L.spatialIndex||d,{useWorker:Ye}).then(At=>{Ts=At,rt=d,pn=!0}).then(Q)}),qo=(d,L)=>{Wt=Te.target,Tn=d,Jn=Te.distance[0],zn=L},ph=()=>Wt!==void 0&&Tn!==void 0&&Jn!==void 0&&zn!==void 0,Zp=()=>{Wt=void 0,Tn=void 0,Jn=void 0,zn=void 0},mh=d=>{let L=Ee==="inherit"?f:Ee;if(L==="segment"){let Q=re.length-1;return Q<1?[]:d.reduce((be,We,At)=>{let Rt=0,bt=[];for(let dn=2;dn<We.length;dn+=2){let di=Math.sqrt((We[dn-2]-We[dn])**2+(We[dn-1]-We[dn+1])**2);bt.push(di),Rt+=di}be[At]=[0];let st=0;for(let dn=0;dn<We.length/2-1;dn++)st+=bt[dn],be[At].push(Math.floor(st/Rt*Q)*4);return be},[])}if(L){let Q=ag(L),be=Qa(ec(L),Ee==="inherit"?ie:re);return $i.reduce((We,[At,Rt])=>(We[At]=be(Rt[Q])*4,We),[])}return new Array($i.length).fill(0)},gh=()=>{let d=wt==="inherit"?an:wt;if(d==="segment"){let L=Xe.length-1;return L<1?[]:$i.reduce((Q,[be,We,At])=>(Q[be]=D_(At,Rt=>Xe[Math.floor(Rt/(At-1)*L)]),Q),[])}if(d){let L=ag(d),Q=wt==="inherit"?cn:Xe,be=Qa(ec(d),Q);return $i.reduce((We,[At,Rt])=>(We[At]=Q[be(Rt[L])],We),[])}},jp=()=>{let d=In==="inherit"?ri:In;if(d==="segment"){let L=nt.length-1;return L<1?[]:$i.reduce((Q,[be,We,At])=>(Q[be]=D_(At,Rt=>nt[Math.floor(Rt/(At-1)*L)]),Q),[])}if(d){let L=ag(d),Q=In==="inherit"?gt:nt,be=Qa(ec(d),Q);return $i.reduce((We,[At,Rt])=>(We[At]=Q[be(Rt[L])],We),[])}},Zo=d=>{$i=[];let L=0;Object.keys(d).forEach((Q,be)=>{$i[Q]=[be,d[Q].reference,d[Q].length/2,L],L+=d[Q].length/2})},no=d=>new Promise(L=>{Qi.setPoints([]),d?.length>0?(ns=!0,bA(d,{maxIntPointsPerSegment:Kt,tolerance:Rn}).then(Q=>{Zo(Q);let be=Object.values(Q);Qi.setPoints(be.length===1?be[0]:be,{colorIndices:mh(be),opacities:gh(),widths:jp()}),ns=!1,L()})):L()}),hs=({preventEvent:d=!1}={})=>(Pt=!1,Zt.clear(),pt.subdata(Yo(hn)),new Promise(L=>{let Q=()=>{e.subscribe("draw",()=>{d||e.publish("unfilter"),L()},1),Wn=!0};Ie||ea(rt[0])?no(Wl()).then(()=>{d||e.publish("pointConnectionsDraw"),Q()}):Q()})),io=(d,{preventEvent:L=!1}={})=>{Pt=!0,Zt.clear();let Q=Array.isArray(d)?d:[d],be=[],We=[],At=[];for(let bt of Q)!Number.isFinite(bt)||bt<0||bt>=hn||(be.push(bt),Zt.add(bt),Ht.has(bt)&&At.push(bt));let Rt;if(on!==null){Rt=[];for(let bt=0;bt<on.length;bt++)Zt.has(on[bt])&&Rt.push(on[bt])}else Rt=j_([...be]);for(let bt of Rt)We.push.apply(We,Ps(bt));return pt.subdata(We),ta(At,{preventEvent:L}),Zt.has(qn)||or(-1,{preventEvent:L}),new Promise(bt=>{let st=()=>{e.subscribe("draw",()=>{L||e.publish("filter",{points:be}),bt()},1),Wn=!0};Ie||ea(rt[0])?no(Wl()).then(()=>{L||e.publish("pointConnectionsDraw"),ta(At,{preventEvent:L}),st()}):st()})},pc=()=>Ka(os[0],os[1],as[0],as[1]),_h=Q_(()=>{Kn=pc().length},ae),xh=d=>{let[L,Q]=Wt,[be,We]=Tn,At=1-d,Rt=L*At+be*d,bt=Q*At+We*d,st=Jn*At+zn*d;Te.lookAt([Rt,bt],st)},vh=()=>Yp(),yh=()=>ph(),Sh=(d,L)=>{hi||(hi=performance.now());let Q=performance.now()-hi,be=fA(L(Q/d),0,1);return vh()&&ha({t:be}),yh()&&xh(be),Q<d},bh=()=>{Un=!1,hi=null,qt=void 0,Xn=void 0,xe=vn,qp(),Zp(),e.publish("transitionEnd")},jo=({duration:d=500,easing:L=V_})=>{Un&&e.publish("transitionEnd"),Un=!0,hi=null,qt=d,Xn=fg(L)?qb[L]||V_:L,vn=xe,xe=!1,e.publish("transitionStart")},pr=(d,L={})=>we?Promise.reject(new Error(Km)):ht?Promise.reject(new Error(iE)):(ht=!0,dA(d).then(Q=>new Promise(be=>{if(we){be();return}let We=!1;(!L.preventFilterReset||Q?.length!==hn)&&(Pt=!1,Zt.clear());let At=Q&&ea(Q[0])&&(Ie||L.showPointConnectionsOnce),{zDataType:Rt,wDataType:bt}=L;new Promise(st=>{Q?(L.transition&&(Q.length===hn?We=$p(Q,{z:Rt,w:bt}):console.warn("Cannot transition! The number of points between the previous and current draw call must be identical.")),dh(Q,{zDataType:Rt,wDataType:bt,preventFilterReset:L.preventFilterReset,spatialIndex:L.spatialIndex}).then(()=>{L.hover!==void 0&&or(L.hover,{preventEvent:!0}),L.select!==void 0&&ta(L.select,{preventEvent:!0}),L.filter!==void 0&&io(L.filter,{preventEvent:!0}),At?no(Q).then(()=>{e.publish("pointConnectionsDraw"),Wn=!0,kr=L.showReticleOnce}).then(()=>be()):st()})):st()}).then(()=>{L.transition&&We?(At?Promise.all([new Promise(st=>{e.subscribe("transitionEnd",()=>{Wn=!0,kr=L.showReticleOnce,st()},1)}),new Promise(st=>{e.subscribe("pointConnectionsDraw",st,1)})]).then(()=>be()):e.subscribe("transitionEnd",()=>{Wn=!0,kr=L.showReticleOnce,be()},1),jo({duration:L.transitionDuration,easing:L.transitionEasing})):(At?Promise.all([new Promise(st=>{e.subscribe("draw",st,1)}),new Promise(st=>{e.subscribe("pointConnectionsDraw",st,1)})]).then(()=>be()):e.subscribe("draw",()=>be(),1),Wn=!0,kr=L.showReticleOnce)})}).finally(()=>{ht=!1}))),mc=d=>we?Promise.reject(new Km):(si=!1,d.length===0?new Promise(L=>{he.clear(),e.subscribe("draw",L,1),si=!0,Wn=!0}):new Promise(L=>{let Q=[],be=new Map,We=[],At=[],Rt=-1,bt=st=>{At.push(st.lineWidth||et);let dn=qi(st.lineColor||Dn,!0),di=`[${dn.join(",")}]`;if(be.has(di)){let{idx:vi}=be.get(di);We.push(vi)}else{let vi=++Rt;be.set(di,{idx:vi,color:dn}),We.push(vi)}};for(let st of d){if(pA(st)){Q.push([st.x1??-xt,st.y,st.x2??xt,st.y]),bt(st);continue}if(mA(st)){Q.push([st.x,st.y1??-xt,st.x,st.y2??xt]),bt(st);continue}if(_A(st)){Q.push([st.x1,st.y1,st.x2,st.y1,st.x2,st.y2,st.x1,st.y2,st.x1,st.y1]),bt(st);continue}if(gA(st)){Q.push([st.x,st.y,st.x+st.width,st.y,st.x+st.width,st.y+st.height,st.x,st.y+st.height,st.x,st.y]),bt(st);continue}xA(st)&&(Q.push(st.vertices.flatMap(_s)),bt(st))}he.setStyle({color:Array.from(be.values()).sort((st,dn)=>st.idx>dn.idx?1:-1).map(({color:st})=>st)}),he.setPoints(Q.length===1?Q.flat():Q,{colorIndices:We,widths:At}),e.subscribe("draw",L,1),si=!0,Wn=!0})),ro=d=>(...L)=>{let Q=d(...L);return Wn=!0,new Promise(be=>{e.subscribe("draw",()=>be(Q),1)})},Hr=d=>{let L=Number.POSITIVE_INFINITY,Q=Number.NEGATIVE_INFINITY,be=Number.POSITIVE_INFINITY,We=Number.NEGATIVE_INFINITY;for(let At of d){let[Rt,bt]=rt[At];L=Math.min(L,Rt),Q=Math.max(Q,Rt),be=Math.min(be,bt),We=Math.max(We,bt)}return{x:L,y:be,width:Q-L,height:We-be}},Ko=(d,L={})=>new Promise(Q=>{let be=Hc([],[d.x+d.width/2,d.y+d.height/2,0,0],fr).slice(0,2),We=2*Math.atan(1),At=ws/Cs,Rt=d.height*At>=d.width?d.height/2/Math.tan(We/2):d.width/2/Math.tan(We/2)/At;L.transition?(Te.config({isFixed:!0}),qo(be,Rt),e.subscribe("transitionEnd",()=>{Q(),Te.config({isFixed:Gt})},1),jo({duration:L.transitionDuration,easing:L.transitionEasing})):(Te.lookAt(be,Rt),e.subscribe("draw",Q,1),Wn=!0)}),Os=(d,L={})=>{if(!pn)return Promise.reject(new Error(X_));let Q=Hr(d),be=Q.x+Q.width/2,We=Q.y+Q.height/2,At=Hl(),Rt=1+(L.padding||0),bt=Math.max(Q.width,At)*Rt,st=Math.max(Q.height,At)*Rt,dn=be-bt/2,di=We-st/2;return Ko({x:dn,y:di,width:bt,height:st},L)},so=(d,L,Q={})=>new Promise(be=>{Q.transition?(Te.config({isFixed:!0}),qo(d,L),e.subscribe("transitionEnd",()=>{be(),Te.config({isFixed:Gt})},1),jo({duration:Q.transitionDuration,easing:Q.transitionEasing})):(Te.lookAt(d,L),e.subscribe("draw",be,1),Wn=!0)}),Mh=(d={})=>so([0,0],1,d),Eh=d=>{if(!pn)throw new Error(X_);let L=rt[d];if(!L)return;let Q=[L[0],L[1],0,1];nr(t,Qs,nr(t,Te.view,fr)),Hc(Q,Q,t);let be=Qt*(Q[0]+1)/2,We=O*(.5-Q[1]/2);return[be,We]},Jo=()=>{Qi.setStyle({color:Yl(re,je,kt),opacity:Xe===null?null:Xe[0],width:nt[0]})},gc=()=>{let d=Math.round(Ne)>.5?0:255;ai.initiator.style.border=`1px dashed rgba(${d}, ${d}, ${d}, 0.33)`,ai.initiator.style.background=`rgba(${d}, ${d}, ${d}, 0.1)`},_c=()=>{let d=Math.round(Ne)>.5?0:255;ai.longPressIndicator.style.color=`rgb(${d}, ${d}, ${d})`,ai.longPressIndicator.dataset.color=`rgb(${d}, ${d}, ${d})`;let L=x.map(Q=>Math.round(Q*255));ai.longPressIndicator.dataset.activeColor=`rgb(${L[0]}, ${L[1]}, ${L[2]})`},Jp=d=>{d&&(c=qi(d,!0),Ne=Z_(c),gc(),_c())},Qp=d=>{d?fg(d)?$_(s.regl,d).then(L=>{l=L,Wn=!0,e.publish("backgroundImageReady")}).catch(()=>{console.error(`Count not create texture from ${d}`),l=null}):d._reglType==="texture2d"?l=d:l=null:l=null},em=d=>{d>0&&Te.lookAt(Te.target,d,Te.rotation)},tm=d=>{d!==null&&Te.lookAt(Te.target,Te.distance[0],d)},nm=d=>{d&&Te.lookAt(d,Te.distance[0],Te.rotation)},Ah=d=>{d&&Te.setView(d)},im=d=>{Gt=!!d,Te.config({isFixed:Gt})},Th=d=>{if(!d)return;x=qi(d,!0),U.setStyle({color:x});let L=x.map(Q=>Math.round(Q*255));ai.longPressIndicator.dataset.activeColor=`rgb(${L[0]}, ${L[1]}, ${L[2]})`},wh=d=>{Number.isNaN(+d)||+d<1||(y=+d,U.setStyle({width:y}))},rm=d=>{+d&&(m=+d,ai.set({minDelay:m}))},sm=d=>{+d&&(g=+d,ai.set({minDist:g}))},xc=d=>{E=ig(Zb,E)(d)},Qo=d=>{C=!!d,ai.set({enableInitiator:C})},am=d=>{M=d,ai.set({initiatorParentElement:M})},om=d=>{F=d,ai.set({longPressIndicatorParentElement:F})},lm=d=>{D=!!d},cm=d=>{v=Number(d)},um=d=>{w=Number(d)},Ch=d=>{q=Number(d)},hm=d=>{X=Number(d)},fm=d=>{d==="brush"?ai.set({type:d,minDist:Math.max(W_,g)}):ai.set({type:d,minDist:g}),Z=ai.get("type")},dm=d=>{se=Number(d)||se,ai.set({brushSize:se})},pm=()=>{me[lf]?Te.config({isRotate:!0,mouseDownMoveModKey:me[lf]}):Te.config({isRotate:!1})},mm=d=>{me=Object.entries(d).reduce((L,[Q,be])=>(sM.includes(be)&&rM.includes(Q)&&(L[Q]=be),L),{}),pm()},da=d=>{V=ig(G_,nf)(d),Te.config({defaultMouseDownMoveAction:V===ug?"rotate":"pan"})},gm=d=>{d!==null&&(xe=d)},_m=d=>{d&&(ye=qi(d,!0),is.setStyle({color:ye}),rs.setStyle({color:ye}))},Rh=d=>{d&&(Bi=d,Ya=d.domain()[0],qa=d?d.domain()[1]-d.domain()[0]:0,Bi.range([0,Qt]),wr())},el=d=>{d&&(xi=d,dr=xi.domain()[0],Za=xi?xi.domain()[1]-xi.domain()[0]:0,xi.range([O,0]),wr())},Ih=d=>{h=!!d},vc=d=>{p=!!d},xm=d=>{Ie=!!d,Ie?pn&&ea(rt[0])&&no(Wl()).then(()=>{e.publish("pointConnectionsDraw"),Wn=!0}):no()},tl=(d,L)=>Q=>{if(Q==="inherit")d([...L()]);else{let be=wa(Q)?Q:[Q];d(be.map(We=>qi(We,!0)))}Jo()},vm=tl(d=>{re=d},()=>ie),ym=tl(d=>{je=d},()=>De),Sm=tl(d=>{kt=d},()=>pe),bm=d=>{Aa(d,Ta,{minLength:1})&&(Xe=[...d]),Qh(+d)&&(Xe=[+d]),re=re.map(L=>(L[3]=Number.isNaN(+Xe[0])?L[3]:+Xe[0],L)),Jo()},Mm=d=>{!Number.isNaN(+d)&&+d&&(Yt=+d)},ao=d=>{Aa(d,Ta,{minLength:1})&&(nt=[...d]),Qh(+d)&&(nt=[+d]),Jo()},Em=d=>{!Number.isNaN(+d)&&+d&&(tn=Math.max(0,d))},nl=d=>{Kt=Math.max(0,d)},Am=d=>{Rn=Math.max(0,d)},pa=d=>{sn=d,oa()},ma=d=>{switch(d){case"linear":{K=d,Vr=rh;break}case"constant":{K=d,Vr=Ho;break}default:{K="asinh",Vr=Wo;break}}},Tm=d=>{fi=+d},ga=d=>{Yn=+d},Ph=d=>{R=+d},_a=d=>{Dn=qi(d)},yc=d=>{et=+d},Sc=d=>{xt=+d},bc=d=>{s.gamma=d},oo=d=>{a=Number(d)||.5},lo=d=>{o=!!d},il=d=>{let[L]=Object.keys(sg({[d]:lx}));if(L==="aspectRatio")return Cs;if(L==="background"||L==="backgroundColor")return c;if(L==="backgroundImage")return l;if(L==="camera")return Te;if(L==="cameraTarget")return Te.target;if(L==="cameraDistance")return Te.distance[0];if(L==="cameraRotation")return Te.rotation;if(L==="cameraView")return Te.view;if(L==="cameraIsFixed")return Gt;if(L==="canvas")return u;if(L==="colorBy")return f;if(L==="sizeBy")return ri;if(L==="pointOrder")return ni!==null?[...ni]:null;if(L==="deselectOnDblClick")return h;if(L==="deselectOnEscape")return p;if(L==="height")return Hn;if(L==="lassoColor")return x;if(L==="lassoLineWidth")return y;if(L==="lassoMinDelay")return m;if(L==="lassoMinDist")return g;if(L==="lassoClearEvent")return E;if(L==="lassoInitiator")return C;if(L==="lassoInitiatorElement")return ai.initiator;if(L==="lassoInitiatorParentElement")return M;if(L==="lassoLongPressIndicatorParentElement")return F;if(L==="lassoOnLongPress")return D;if(L==="lassoType")return Z;if(L==="lassoBrushSize")return se;if(L==="mouseMode")return V;if(L==="opacity")return cn.length===1?cn[0]:cn;if(L==="opacityBy")return an;if(L==="opacityByDensityFill")return fi;if(L==="opacityByDensityDebounceTime")return ae;if(L==="opacityInactiveMax")return Yn;if(L==="opacityInactiveScale")return R;if(L==="points")return rt;if(L==="hoveredPoint")return qn;if(L==="selectedPoints")return[...tt];if(L==="filteredPoints")return Pt?Array.from(Zt):Array.from({length:rt.length},(Q,be)=>be);if(L==="pointsInView")return pc();if(L==="pointColor")return ie.length===1?ie[0]:ie;if(L==="pointColorActive")return De.length===1?De[0]:De;if(L==="pointColorHover")return pe.length===1?pe[0]:pe;if(L==="pointOutlineWidth")return Xt;if(L==="pointSize")return gt.length===1?gt[0]:gt;if(L==="pointSizeSelected")return Ot;if(L==="pointSizeMouseDetection")return sn;if(L==="showPointConnections")return Ie;if(L==="pointConnectionColor")return re.length===1?re[0]:re;if(L==="pointConnectionColorActive")return je.length===1?je[0]:je;if(L==="pointConnectionColorHover")return kt.length===1?kt[0]:kt;if(L==="pointConnectionColorBy")return Ee;if(L==="pointConnectionOpacity")return Xe.length===1?Xe[0]:Xe;if(L==="pointConnectionOpacityBy")return wt;if(L==="pointConnectionOpacityActive")return Yt;if(L==="pointConnectionSize")return nt.length===1?nt[0]:nt;if(L==="pointConnectionSizeActive")return tn;if(L==="pointConnectionSizeBy")return In;if(L==="pointConnectionMaxIntPointsPerSegment")return Kt;if(L==="pointConnectionTolerance")return Rn;if(L==="pointScaleMode")return K;if(L==="reticleColor")return ye;if(L==="regl")return s.regl;if(L==="showReticle")return xe;if(L==="version")return zb;if(L==="width")return xn;if(L==="xScale")return Bi;if(L==="yScale")return xi;if(L==="performanceMode")return S;if(L==="renderPointsAsSquares")return Oe;if(L==="disableAlphaBlending")return ut;if(L==="gamma")return s.gamma;if(L==="renderer")return s;if(L==="isDestroyed")return we;if(L==="isDrawing")return ht;if(L==="isPointsDrawn")return pn;if(L==="isPointsFiltered")return Pt;if(L==="isAnnotationsDrawn")return si;if(L==="zDataType")return Gn;if(L==="wDataType")return Qn;if(L==="spatialIndex")return Ts?.data;if(L==="annotationLineColor")return Dn;if(L==="annotationLineWidth")return et;if(L==="annotationHVLineLimit")return xt;if(L==="antiAliasing")return a;if(L==="pixelAligned")return o;if(L==="actionKeyMap")return{...me}},Mc=(d={})=>we?Promise.reject(new Error(Km)):(sg(d),(d.backgroundColor!==void 0||d.background!==void 0)&&Jp(d.backgroundColor||d.background),d.backgroundImage!==void 0&&Qp(d.backgroundImage),d.cameraTarget!==void 0&&nm(d.cameraTarget),d.cameraDistance!==void 0&&em(d.cameraDistance),d.cameraRotation!==void 0&&tm(d.cameraRotation),d.cameraView!==void 0&&Ah(d.cameraView),d.cameraIsFixed!==void 0&&im(d.cameraIsFixed),d.colorBy!==void 0&&Go(d.colorBy),d.pointColor!==void 0&&Tr(d.pointColor),d.pointColorActive!==void 0&&jl(d.pointColorActive),d.pointColorHover!==void 0&&ko(d.pointColorHover),d.pointSize!==void 0&&zo(d.pointSize),d.pointSizeSelected!==void 0&&Kl(d.pointSizeSelected),d.pointSizeMouseDetection!==void 0&&pa(d.pointSizeMouseDetection),d.sizeBy!==void 0&&nc(d.sizeBy),d.pointOrder!==void 0&&la(d.pointOrder),d.opacity!==void 0&&Lp(d.opacity),d.showPointConnections!==void 0&&xm(d.showPointConnections),d.pointConnectionColor!==void 0&&vm(d.pointConnectionColor),d.pointConnectionColorActive!==void 0&&ym(d.pointConnectionColorActive),d.pointConnectionColorHover!==void 0&&Sm(d.pointConnectionColorHover),d.pointConnectionColorBy!==void 0&&ic(d.pointConnectionColorBy),d.pointConnectionOpacityBy!==void 0&&rc(d.pointConnectionOpacityBy),d.pointConnectionOpacity!==void 0&&bm(d.pointConnectionOpacity),d.pointConnectionOpacityActive!==void 0&&Mm(d.pointConnectionOpacityActive),d.pointConnectionSize!==void 0&&ao(d.pointConnectionSize),d.pointConnectionSizeActive!==void 0&&Em(d.pointConnectionSizeActive),d.pointConnectionSizeBy!==void 0&&sc(d.pointConnectionSizeBy),d.pointConnectionMaxIntPointsPerSegment!==void 0&&nl(d.pointConnectionMaxIntPointsPerSegment),d.pointConnectionTolerance!==void 0&&Am(d.pointConnectionTolerance),d.pointScaleMode!==void 0&&ma(d.pointScaleMode),d.opacityBy!==void 0&&tc(d.opacityBy),d.lassoColor!==void 0&&Th(d.lassoColor),d.lassoLineWidth!==void 0&&wh(d.lassoLineWidth),d.lassoMinDelay!==void 0&&rm(d.lassoMinDelay),d.lassoMinDist!==void 0&&sm(d.lassoMinDist),d.lassoClearEvent!==void 0&&xc(d.lassoClearEvent),d.lassoInitiator!==void 0&&Qo(d.lassoInitiator),d.lassoInitiatorParentElement!==void 0&&am(d.lassoInitiatorParentElement),d.lassoLongPressIndicatorParentElement!==void 0&&om(d.lassoLongPressIndicatorParentElement),d.lassoOnLongPress!==void 0&&lm(d.lassoOnLongPress),d.lassoLongPressTime!==void 0&&cm(d.lassoLongPressTime),d.lassoLongPressAfterEffectTime!==void 0&&um(d.lassoLongPressAfterEffectTime),d.lassoLongPressEffectDelay!==void 0&&Ch(d.lassoLongPressEffectDelay),d.lassoLongPressRevertEffectTime!==void 0&&hm(d.lassoLongPressRevertEffectTime),d.lassoType!==void 0&&fm(d.lassoType),d.lassoBrushSize!==void 0&&dm(d.lassoBrushSize),d.actionKeyMap!==void 0&&mm(d.actionKeyMap),d.mouseMode!==void 0&&da(d.mouseMode),d.showReticle!==void 0&&gm(d.showReticle),d.reticleColor!==void 0&&_m(d.reticleColor),d.pointOutlineWidth!==void 0&&ju(d.pointOutlineWidth),d.height!==void 0&&Ds(d.height),d.width!==void 0&&Ql(d.width),d.aspectRatio!==void 0&&Zu(d.aspectRatio),d.xScale!==void 0&&Rh(d.xScale),d.yScale!==void 0&&el(d.yScale),d.deselectOnDblClick!==void 0&&Ih(d.deselectOnDblClick),d.deselectOnEscape!==void 0&&vc(d.deselectOnEscape),d.opacityByDensityFill!==void 0&&Tm(d.opacityByDensityFill),d.opacityInactiveMax!==void 0&&ga(d.opacityInactiveMax),d.opacityInactiveScale!==void 0&&Ph(d.opacityInactiveScale),d.gamma!==void 0&&bc(d.gamma),d.annotationLineColor!==void 0&&_a(d.annotationLineColor),d.annotationLineWidth!==void 0&&yc(d.annotationLineWidth),d.annotationHVLineLimit!==void 0&&Sc(d.annotationHVLineLimit),d.antiAliasing!==void 0&&oo(d.antiAliasing),d.pixelAligned!==void 0&&lo(d.pixelAligned),new Promise(L=>{window.requestAnimationFrame(()=>{we||!u||(ii(),Te.refresh(),s.refresh(),va(),L())})})),Lh=(d,{preventEvent:L=!1}={})=>{Ah(d),Wn=!0,$a=L},Ec=()=>{Te||(Te=vb(u,{isFixed:Gt,isPanInverted:[!1,!0],defaultMouseDownMoveAction:V===ug?"rotate":"pan"})),n.cameraView?Te.setView(O_(n.cameraView)):n.cameraTarget||n.cameraDistance||n.cameraRotation?Te.lookAt([...n.cameraTarget||OM],n.cameraDistance||FM,n.cameraRotation||UM):Te.setView(O_(BM)),as=Ar(1,1),os=Ar(-1,-1)},Dh=({preventEvent:d=!1}={})=>{Ec(),wr(),!d&&e.publish("view",{view:Te.view,camera:Te,xScale:Bi,yScale:xi})},Ac=({key:d})=>{d==="Escape"&&p&&Fo()},rl=()=>{zr=!0,Mi=!0},sl=()=>{or(),zr=!1,Mi=!0,Wn=!0},Tc=()=>{Wn=!0},wc=()=>{dh([]),Qi.clear()},Nh=()=>{Qi.clear()},Cc=()=>{mc([])},Rc=()=>{wc(),Cc()},xa=()=>{let d=xn===gs,L=Hn===gs;if(d||L){let{width:Q,height:be}=u.getBoundingClientRect();d&&Jl(Q,!0),L&&aa(be,!0),ii(),wr(),Wn=!0}Te.refresh()},Oh=async d=>{u.style.userSelect="none";let L=window.devicePixelRatio,Q=gt,be=xn,We=Hn,At=s.canvas.width/L,Rt=s.canvas.height/L,bt=o,st=a,dn=d?.scale||1,di=Array.isArray(gt)?gt.map(mr=>mr*dn):gt*dn,vi=Qt*dn,Fs=O*dn;zo(di),Ql(vi),Ds(Fs),lo(d?.pixelAligned||o),oo(d?.antiAliasing||a),s.resize(xn,Hn),s.refresh(),await new Promise(mr=>{e.subscribe("draw",mr,1),va()});let Cr=u.getContext("2d").getImageData(0,0,u.width,u.height);return s.resize(At,Rt),s.refresh(),zo(Q),Ql(be),Ds(We),lo(bt),oo(st),await new Promise(mr=>{e.subscribe("draw",mr,1),va()}),u.style.userSelect=null,Cr},Ic=d=>d===void 0?u.getContext("2d").getImageData(0,0,u.width,u.height):Oh(d),Pc=()=>{ii(),Ec(),wr(),U=zc(s.regl,{color:x,width:y,is2d:!0}),Qi=zc(s.regl,{color:Yl(re,je,kt),opacity:Xe===null?null:Xe[0],width:nt[0],is2d:!0}),is=zc(s.regl,{color:ye,width:1,is2d:!0}),rs=zc(s.regl,{color:ye,width:1,is2d:!0}),he=zc(s.regl,{color:Dn,width:et,is2d:!0}),oa(),u.addEventListener("wheel",Tc),pt=s.regl.buffer(),zt=s.regl.buffer(),jt=s.regl.buffer({usage:"dynamic",type:"float",length:$b*2}),bi=ql(),Hi=Bo();let d=Mc({backgroundImage:l,width:xn,height:Hn,actionKeyMap:me});gc(),_c(),window.addEventListener("keyup",Ac,!1),window.addEventListener("blur",Yu,!1),window.addEventListener("mouseup",Gr,!1),window.addEventListener("mousemove",$u,!1),u.addEventListener("mousedown",$l,!1),u.addEventListener("mouseenter",rl,!1),u.addEventListener("mouseleave",sl,!1),u.addEventListener("click",Uo,!1),u.addEventListener("dblclick",Xu,!1),"ResizeObserver"in window?(Rs=new ResizeObserver(xa),Rs.observe(u)):(window.addEventListener("resize",xa),window.addEventListener("orientationchange",xa)),d.then(()=>{e.publish("init")})},Fh=s.onFrame(()=>{if(er=Te.tick(),!((pn||si)&&(Wn||Un)))return;Un&&!Sh(qt,Xn)&&bh(),er&&(as=Ar(1,1),os=Ar(-1,-1),an==="density"&&_h()),s.render(()=>{let L=u.width/s.canvas.width,Q=u.height/s.canvas.height;qu(L,Q),l?._reglType&&fa(),Ur.length>2&&Ci(),Un||Qi.draw({projection:eo(),model:uc(),view:cc()});let be=fc();pn&&be>0&&ah(),!le&&(xe||kr)&&hh(),qn>=0&&oh(),tt.length>0&&Xp(),he.draw({projection:eo(),model:uc(),view:cc()}),U.draw({projection:eo(),model:uc(),view:cc()})},u);let d={view:Te.view,isViewChanged:er,camera:Te,xScale:Bi,yScale:xi};er&&(wr(),$a?$a=!1:e.publish("view",d)),Wn=!1,kr=!1,e.publish("drawing",d,{async:!1}),e.publish("draw",d)}),va=()=>{Wn=!0},Uh=()=>{pn=!1,si=!1,we=!0,Fh(),window.removeEventListener("keyup",Ac,!1),window.removeEventListener("blur",Yu,!1),window.removeEventListener("mouseup",Gr,!1),window.removeEventListener("mousemove",$u,!1),u.removeEventListener("mousedown",$l,!1),u.removeEventListener("mouseenter",rl,!1),u.removeEventListener("mouseleave",sl,!1),u.removeEventListener("click",Uo,!1),u.removeEventListener("dblclick",Xu,!1),u.removeEventListener("wheel",Tc,!1),Rs?Rs.disconnect():(window.removeEventListener("resize",xa),window.removeEventListener("orientationchange",xa)),u=void 0,Te.dispose(),Te=void 0,U.destroy(),ai.destroy(),Qi.destroy(),is.destroy(),rs.destroy(),bi&&bi.destroy(),Hi&&Hi.destroy(),n.renderer||s.isDestroyed||s.destroy(),e.publish("destroy"),e.clear()};return Pc(),{get isSupported(){return s.isSupported},clear:ro(Rc),clearPoints:ro(wc),clearPointConnections:ro(Nh),clearAnnotations:ro(Cc),createTextureFromUrl:(d,L=xg)=>$_(s.regl,d,L),deselect:Fo,destroy:Uh,draw:pr,drawAnnotations:mc,filter:io,get:il,getScreenPosition:Eh,hover:or,lassoSelect:Ip,redraw:va,refresh:s.refresh,reset:ro(Dh),select:ta,set:Mc,export:Ic,subscribe:e.subscribe,unfilter:hs,unsubscribe:e.unsubscribe,view:Lh,zoomToLocation:so,zoomToArea:Ko,zoomToPoints:Os,zoomToOrigin:Mh}};var MA=[[31,119,180],[255,127,14],[44,160,44],[214,39,40],[148,103,189],[140,86,75],[227,119,194],[127,127,127],[188,189,34],[23,190,207],[174,199,232],[255,187,120],[152,223,138],[255,152,150],[197,176,213],[196,156,148],[247,182,210],[199,199,199],[219,219,141],[158,218,229]];function Zc(n){let e=MA[n%20],t=Math.min(Math.floor(n/20),3);return e.map(i=>Math.floor(i*(4-t)/4))}var px=[[68,1,84],[71,44,122],[59,81,139],[44,113,142],[33,144,141],[39,173,129],[92,200,99],[170,220,50],[253,231,37]],pf=[160,160,160],mx=[[33,102,172],[146,197,222],[215,215,215],[244,165,130],[178,24,43]];function gx(n,e){if(Number.isNaN(e))return pf;let t=Math.min(Math.max(e,0),1)*(n.length-1),i=Math.min(Math.floor(t),n.length-2),r=t-i;return[0,1,2].map(s=>Math.round(n[i][s]+(n[i+1][s]-n[i][s])*r))}function EA(n){return gx(px,n)}function AA(n){return gx(mx,n)}function _x(n){return n?.kind==="diverging"?AA:EA}function yg(n){return n.scale||{kind:"linear",min:n.min,max:n.max}}function xx(n,e){if(!Number.isFinite(e))return NaN;let t;if(n.kind==="diverging")t=.5+e/(2*(n.limit||1));else if(n.kind==="log"){let i=Math.log10(n.min),r=Math.log10(n.max);t=r>i?(Math.log10(e)-i)/(r-i):.5}else t=n.max>n.min?(e-n.min)/(n.max-n.min):.5;return Number.isNaN(t)?NaN:Math.min(Math.max(t,0),1)}function vx(n){return n.kind==="diverging"?[-n.limit,0,n.limit]:n.kind==="log"?[n.min,Math.sqrt(n.min*n.max),n.max]:[n.min,(n.min+n.max)/2,n.max]}function yx(n){let e=n?.kind==="diverging"?mx:px;return`linear-gradient(to right, ${e.map((t,i)=>`${zs(t)} ${(100*i/(e.length-1)).toFixed(1)}%`).join(", ")})`}function zs([n,e,t]){return`#${[n,e,t].map(i=>i.toString(16).padStart(2,"0")).join("")}`}var jc=255;function ft(n,e={},...t){let i=document.createElement(n);for(let[r,s]of Object.entries(e||{}))s==null||s===!1||(r.startsWith("on")?i.addEventListener(r.slice(2),s):r==="class"?i.className=s:r==="style"&&typeof s=="object"?Object.assign(i.style,s):r in i&&typeof s!="string"?i[r]=s:i.setAttribute(r,s===!0?"":s));for(let r of t.flat())r==null||r===!1||i.append(r instanceof Node?r:document.createTextNode(String(r)));return i}var Bt=n=>document.getElementById(n);function Vn(n,e=4){if(n==null)return"\u2013";if(typeof n!="number")return String(n);if(Number.isNaN(n))return"NaN";if(Number.isInteger(n))return n.toLocaleString("en-US");let t=Math.abs(n);return t!==0&&(t<.001||t>=1e6)?n.toExponential(e-1):String(Number(n.toPrecision(e)))}function Sg(n,e){let t=ft("a",{href:URL.createObjectURL(n),download:e});document.body.append(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(t.href),1e4)}var Kc=n=>new Promise(e=>setTimeout(e,n));var za={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Ga={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Xx=0,qg=1,$x=2;var Su=1,Yx=2,Nl=3,Va=0,ar=1,bs=2,Ao=0,Ol=1,Zg=2,jg=3,Kg=4,qx=5;var To=100,Zx=101,jx=102,Kx=103,Jx=104,Qx=200,ev=201,tv=202,nv=203,Jg=204,Qg=205,iv=206,rv=207,sv=208,av=209,ov=210,lv=211,cv=212,uv=213,hv=214,kf=0,zf=1,Gf=2,Al=3,Vf=4,Hf=5,Wf=6,Xf=7,e0=0,fv=1,dv=2,Ms=0,t0=1,n0=2,i0=3,r0=4,s0=5,a0=6,o0=7;var l0=300,wo=301,Fl=302,_d=303,xd=304,$f=1e3,vs=1001,Yf=1002,Vi=1003,pv=1004;var bu=1005;var sr=1006,vd=1007;var Zs=1008;var Er=1009,c0=1010,u0=1011,Ul=1012,yd=1013,Zr=1014,jr=1015,Kr=1016,Sd=1017,bd=1018,Co=1020,h0=35902,f0=35899,d0=1021,p0=1022,Jr=1023,Ys=1026,js=1027,m0=1028,Md=1029,Ha=1030,Ed=1031;var Ad=1033,Mu=33776,Eu=33777,Au=33778,Tu=33779,Td=35840,wd=35841,Cd=35842,Rd=35843,Id=36196,Pd=37492,Ld=37496,Dd=37488,Nd=37489,wu=37490,Od=37491,Fd=37808,Ud=37809,Bd=37810,kd=37811,zd=37812,Gd=37813,Vd=37814,Hd=37815,Wd=37816,Xd=37817,$d=37818,Yd=37819,qd=37820,Zd=37821,jd=36492,Kd=36494,Jd=36495,Qd=36283,ep=36284,Cu=36285,tp=36286;var su=2300,qf=2301,Uf=2302,Gg=2303,Vg=2400,Hg=2401,Wg=2402;var mv=3200;var g0=0,gv=1,Ks="",xr="srgb",yo="srgb-linear",au="linear",jn="srgb";var Bf=7680;var _v=519,xv=512,vv=513,yv=514,_0=515,Sv=516,bv=517,x0=518,v0=519,Mv=35044;var y0="300 es",Nr=2e3,ou=2001;function TA(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function wA(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function lu(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function Ev(){let n=lu("canvas");return n.style.display="block",n}var Sx={},Tl=null;function S0(...n){let e="THREE."+n.shift();Tl?Tl("log",e,...n):console.log(e,...n)}function Av(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function _n(...n){n=Av(n);let e="THREE."+n.shift();if(Tl)Tl("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function yn(...n){n=Av(n);let e="THREE."+n.shift();if(Tl)Tl("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function nu(...n){let e=n.join(" ");e in Sx||(Sx[e]=!0,_n(...n))}function Tv(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var wv={[kf]:kf,[Gf]:Wf,[Vf]:Vf,[Al]:Hf,[zf]:zf,[Wf]:Gf,[Xf]:Xf,[Hf]:Al},qr=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Zi=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],bx=1234567,iu=Math.PI/180,wl=180/Math.PI;function Bl(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Zi[n&255]+Zi[n>>8&255]+Zi[n>>16&255]+Zi[n>>24&255]+"-"+Zi[e&255]+Zi[e>>8&255]+"-"+Zi[e>>16&15|64]+Zi[e>>24&255]+"-"+Zi[t&63|128]+Zi[t>>8&255]+"-"+Zi[t>>16&255]+Zi[t>>24&255]+Zi[i&255]+Zi[i>>8&255]+Zi[i>>16&255]+Zi[i>>24&255]).toLowerCase()}function On(n,e,t){return Math.max(e,Math.min(t,n))}function b0(n,e){return(n%e+e)%e}function CA(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function RA(n,e,t){return n!==e?(t-n)/(e-n):0}function ru(n,e,t){return(1-t)*n+t*e}function IA(n,e,t,i){return ru(n,e,1-Math.exp(-t*i))}function PA(n,e=1){return e-Math.abs(b0(n,e*2)-e)}function LA(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function DA(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function NA(n,e){return n+Math.floor(Math.random()*(e-n+1))}function OA(n,e){return n+Math.random()*(e-n)}function FA(n){return n*(.5-Math.random())}function UA(n){n!==void 0&&(bx=n);let e=bx+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function BA(n){return n*iu}function kA(n){return n*wl}function zA(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function GA(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function M0(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function VA(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),c=a(t/2),l=s((e+i)/2),u=a((e+i)/2),f=s((e-i)/2),h=a((e-i)/2),p=s((i-e)/2),x=a((i-e)/2);switch(r){case"XYX":n.set(o*u,c*f,c*h,o*l);break;case"YZY":n.set(c*h,o*u,c*f,o*l);break;case"ZXZ":n.set(c*f,c*h,o*u,o*l);break;case"XZX":n.set(o*u,c*x,c*p,o*l);break;case"YXY":n.set(c*p,o*u,c*x,o*l);break;case"ZYZ":n.set(c*x,c*p,o*u,o*l);break;default:_n("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function E0(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Cv(n,e){if(e.constructor===Float32Array)return n;let t=E0(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function Rv(n,e){if(e.constructor===Float32Array)return n;let t=E0(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var A0={DEG2RAD:iu,RAD2DEG:wl,generateUUID:Bl,clamp:On,euclideanModulo:b0,mapLinear:CA,inverseLerp:RA,lerp:ru,damp:IA,pingpong:PA,smoothstep:LA,smootherstep:DA,randInt:NA,randFloat:OA,randFloatSpread:FA,seededRandom:UA,degToRad:BA,radToDeg:kA,isPowerOfTwo:zA,ceilPowerOfTwo:GA,floorPowerOfTwo:M0,setQuaternionFromProperEuler:VA,normalize:Rv,denormalize:Cv},I0=class I0{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=On(this.x,e.x,t.x),this.y=On(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=On(this.x,e,t),this.y=On(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(On(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(On(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};I0.prototype.isVector2=!0;var Cn=I0,yr=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let c=i[r+0],l=i[r+1],u=i[r+2],f=i[r+3],h=s[a+0],p=s[a+1],x=s[a+2],y=s[a+3];if(f!==y||c!==h||l!==p||u!==x){let m=c*h+l*p+u*x+f*y;m<0&&(h=-h,p=-p,x=-x,y=-y,m=-m);let g=1-o;if(m<.9995){let E=Math.acos(m),C=Math.sin(E);g=Math.sin(g*E)/C,o=Math.sin(o*E)/C,c=c*g+h*o,l=l*g+p*o,u=u*g+x*o,f=f*g+y*o}else{c=c*g+h*o,l=l*g+p*o,u=u*g+x*o,f=f*g+y*o;let E=1/Math.sqrt(c*c+l*l+u*u+f*f);c*=E,l*=E,u*=E,f*=E}}e[t]=c,e[t+1]=l,e[t+2]=u,e[t+3]=f}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],c=i[r+1],l=i[r+2],u=i[r+3],f=s[a],h=s[a+1],p=s[a+2],x=s[a+3];return e[t]=o*x+u*f+c*p-l*h,e[t+1]=c*x+u*h+l*f-o*p,e[t+2]=l*x+u*p+o*h-c*f,e[t+3]=u*x-o*f-c*h-l*p,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,c=Math.sin,l=o(i/2),u=o(r/2),f=o(s/2),h=c(i/2),p=c(r/2),x=c(s/2);switch(a){case"XYZ":this._x=h*u*f+l*p*x,this._y=l*p*f-h*u*x,this._z=l*u*x+h*p*f,this._w=l*u*f-h*p*x;break;case"YXZ":this._x=h*u*f+l*p*x,this._y=l*p*f-h*u*x,this._z=l*u*x-h*p*f,this._w=l*u*f+h*p*x;break;case"ZXY":this._x=h*u*f-l*p*x,this._y=l*p*f+h*u*x,this._z=l*u*x+h*p*f,this._w=l*u*f-h*p*x;break;case"ZYX":this._x=h*u*f-l*p*x,this._y=l*p*f+h*u*x,this._z=l*u*x-h*p*f,this._w=l*u*f+h*p*x;break;case"YZX":this._x=h*u*f+l*p*x,this._y=l*p*f+h*u*x,this._z=l*u*x-h*p*f,this._w=l*u*f-h*p*x;break;case"XZY":this._x=h*u*f-l*p*x,this._y=l*p*f-h*u*x,this._z=l*u*x+h*p*f,this._w=l*u*f+h*p*x;break;default:_n("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],c=t[9],l=t[2],u=t[6],f=t[10],h=i+o+f;if(h>0){let p=.5/Math.sqrt(h+1);this._w=.25/p,this._x=(u-c)*p,this._y=(s-l)*p,this._z=(a-r)*p}else if(i>o&&i>f){let p=2*Math.sqrt(1+i-o-f);this._w=(u-c)/p,this._x=.25*p,this._y=(r+a)/p,this._z=(s+l)/p}else if(o>f){let p=2*Math.sqrt(1+o-i-f);this._w=(s-l)/p,this._x=(r+a)/p,this._y=.25*p,this._z=(c+u)/p}else{let p=2*Math.sqrt(1+f-i-o);this._w=(a-r)/p,this._x=(s+l)/p,this._y=(c+u)/p,this._z=.25*p}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(On(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,c=t._y,l=t._z,u=t._w;return this._x=i*u+a*o+r*l-s*c,this._y=r*u+a*c+s*o-i*l,this._z=s*u+a*l+i*c-r*o,this._w=a*u-i*o-r*c-s*l,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let c=1-t;if(o<.9995){let l=Math.acos(o),u=Math.sin(l);c=Math.sin(c*l)/u,t=Math.sin(t*l)/u,this._x=this._x*c+i*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+a*t,this._onChangeCallback()}else this._x=this._x*c+i*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},P0=class P0{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Mx.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Mx.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,c=e.w,l=2*(a*r-o*i),u=2*(o*t-s*r),f=2*(s*i-a*t);return this.x=t+c*l+a*f-o*u,this.y=i+c*u+o*l-s*f,this.z=r+c*f+s*u-a*l,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=On(this.x,e.x,t.x),this.y=On(this.y,e.y,t.y),this.z=On(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=On(this.x,e,t),this.y=On(this.y,e,t),this.z=On(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(On(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,c=t.z;return this.x=r*c-s*o,this.y=s*a-i*c,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return bg.copy(this).projectOnVector(e),this.sub(bg)}reflect(e){return this.sub(bg.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(On(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};P0.prototype.isVector3=!0;var Me=P0,bg=new Me,Mx=new yr,L0=class L0{constructor(e,t,i,r,s,a,o,c,l){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,c,l)}set(e,t,i,r,s,a,o,c,l){let u=this.elements;return u[0]=e,u[1]=r,u[2]=o,u[3]=t,u[4]=s,u[5]=c,u[6]=i,u[7]=a,u[8]=l,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],c=i[6],l=i[1],u=i[4],f=i[7],h=i[2],p=i[5],x=i[8],y=r[0],m=r[3],g=r[6],E=r[1],C=r[4],M=r[7],F=r[2],D=r[5],v=r[8];return s[0]=a*y+o*E+c*F,s[3]=a*m+o*C+c*D,s[6]=a*g+o*M+c*v,s[1]=l*y+u*E+f*F,s[4]=l*m+u*C+f*D,s[7]=l*g+u*M+f*v,s[2]=h*y+p*E+x*F,s[5]=h*m+p*C+x*D,s[8]=h*g+p*M+x*v,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8];return t*a*u-t*o*l-i*s*u+i*o*c+r*s*l-r*a*c}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],f=u*a-o*l,h=o*c-u*s,p=l*s-a*c,x=t*f+i*h+r*p;if(x===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/x;return e[0]=f*y,e[1]=(r*l-u*i)*y,e[2]=(o*i-r*a)*y,e[3]=h*y,e[4]=(u*t-r*c)*y,e[5]=(r*s-o*t)*y,e[6]=p*y,e[7]=(i*c-l*t)*y,e[8]=(a*t-i*s)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let c=Math.cos(s),l=Math.sin(s);return this.set(i*c,i*l,-i*(c*a+l*o)+a+e,-r*l,r*c,-r*(-l*a+c*o)+o+t,0,0,1),this}scale(e,t){return nu("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Mg.makeScale(e,t)),this}rotate(e){return nu("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Mg.makeRotation(-e)),this}translate(e,t){return nu("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Mg.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};L0.prototype.isMatrix3=!0;var bn=L0,Mg=new bn,Ex=new bn().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Ax=new bn().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function HA(){let n={enabled:!0,workingColorSpace:yo,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===jn&&(r.r=$s(r.r),r.g=$s(r.g),r.b=$s(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===jn&&(r.r=El(r.r),r.g=El(r.g),r.b=El(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===Ks?au:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[yo]:{primaries:e,whitePoint:i,transfer:au,toXYZ:Ex,fromXYZ:Ax,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:xr},outputColorSpaceConfig:{drawingBufferColorSpace:xr}},[xr]:{primaries:e,whitePoint:i,transfer:jn,toXYZ:Ex,fromXYZ:Ax,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:xr}}}),n}var Nn=HA();function $s(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function El(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var hl,Zf=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{hl===void 0&&(hl=lu("canvas")),hl.width=e.width,hl.height=e.height;let r=hl.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=hl}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=lu("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=$s(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor($s(t[i]/255)*255):t[i]=$s(t[i]);return{data:t,width:e.width,height:e.height}}else return _n("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},WA=0,Cl=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:WA++}),this.uuid=Bl(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(Eg(r[a].image)):s.push(Eg(r[a]))}else s=Eg(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function Eg(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?Zf.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(_n("Texture: Unable to serialize Texture."),{})}var XA=0,Ag=new Me,ur=class n extends qr{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=vs,r=vs,s=sr,a=Zs,o=Jr,c=Er,l=n.DEFAULT_ANISOTROPY,u=Ks){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:XA++}),this.uuid=Bl(),this.name="",this.source=new Cl(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=l,this.format=o,this.internalFormat=null,this.type=c,this.offset=new Cn(0,0),this.repeat=new Cn(1,1),this.center=new Cn(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new bn,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Ag).x}get height(){return this.source.getSize(Ag).y}get depth(){return this.source.getSize(Ag).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){_n(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){_n(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==l0)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case $f:e.x=e.x-Math.floor(e.x);break;case vs:e.x=e.x<0?0:1;break;case Yf:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case $f:e.y=e.y-Math.floor(e.y);break;case vs:e.y=e.y<0?0:1;break;case Yf:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};ur.DEFAULT_IMAGE=null;ur.DEFAULT_MAPPING=l0;ur.DEFAULT_ANISOTROPY=1;var D0=class D0{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,c=e.elements,l=c[0],u=c[4],f=c[8],h=c[1],p=c[5],x=c[9],y=c[2],m=c[6],g=c[10];if(Math.abs(u-h)<.01&&Math.abs(f-y)<.01&&Math.abs(x-m)<.01){if(Math.abs(u+h)<.1&&Math.abs(f+y)<.1&&Math.abs(x+m)<.1&&Math.abs(l+p+g-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let C=(l+1)/2,M=(p+1)/2,F=(g+1)/2,D=(u+h)/4,v=(f+y)/4,w=(x+m)/4;return C>M&&C>F?C<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(C),r=D/i,s=v/i):M>F?M<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(M),i=D/r,s=w/r):F<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(F),i=v/s,r=w/s),this.set(i,r,s,t),this}let E=Math.sqrt((m-x)*(m-x)+(f-y)*(f-y)+(h-u)*(h-u));return Math.abs(E)<.001&&(E=1),this.x=(m-x)/E,this.y=(f-y)/E,this.z=(h-u)/E,this.w=Math.acos((l+p+g-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=On(this.x,e.x,t.x),this.y=On(this.y,e.y,t.y),this.z=On(this.z,e.z,t.z),this.w=On(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=On(this.x,e,t),this.y=On(this.y,e,t),this.z=On(this.z,e,t),this.w=On(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(On(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};D0.prototype.isVector4=!0;var _i=D0,jf=class extends qr{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:sr,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new _i(0,0,e,t),this.scissorTest=!1,this.viewport=new _i(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new ur({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:sr,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new Cl(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},Sr=class extends jf{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},cu=class extends ur{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Vi,this.minFilter=Vi,this.wrapR=vs,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Kf=class extends ur{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Vi,this.minFilter=Vi,this.wrapR=vs,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var gd=class gd{constructor(e,t,i,r,s,a,o,c,l,u,f,h,p,x,y,m){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,c,l,u,f,h,p,x,y,m)}set(e,t,i,r,s,a,o,c,l,u,f,h,p,x,y,m){let g=this.elements;return g[0]=e,g[4]=t,g[8]=i,g[12]=r,g[1]=s,g[5]=a,g[9]=o,g[13]=c,g[2]=l,g[6]=u,g[10]=f,g[14]=h,g[3]=p,g[7]=x,g[11]=y,g[15]=m,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new gd().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/fl.setFromMatrixColumn(e,0).length(),s=1/fl.setFromMatrixColumn(e,1).length(),a=1/fl.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),c=Math.cos(r),l=Math.sin(r),u=Math.cos(s),f=Math.sin(s);if(e.order==="XYZ"){let h=a*u,p=a*f,x=o*u,y=o*f;t[0]=c*u,t[4]=-c*f,t[8]=l,t[1]=p+x*l,t[5]=h-y*l,t[9]=-o*c,t[2]=y-h*l,t[6]=x+p*l,t[10]=a*c}else if(e.order==="YXZ"){let h=c*u,p=c*f,x=l*u,y=l*f;t[0]=h+y*o,t[4]=x*o-p,t[8]=a*l,t[1]=a*f,t[5]=a*u,t[9]=-o,t[2]=p*o-x,t[6]=y+h*o,t[10]=a*c}else if(e.order==="ZXY"){let h=c*u,p=c*f,x=l*u,y=l*f;t[0]=h-y*o,t[4]=-a*f,t[8]=x+p*o,t[1]=p+x*o,t[5]=a*u,t[9]=y-h*o,t[2]=-a*l,t[6]=o,t[10]=a*c}else if(e.order==="ZYX"){let h=a*u,p=a*f,x=o*u,y=o*f;t[0]=c*u,t[4]=x*l-p,t[8]=h*l+y,t[1]=c*f,t[5]=y*l+h,t[9]=p*l-x,t[2]=-l,t[6]=o*c,t[10]=a*c}else if(e.order==="YZX"){let h=a*c,p=a*l,x=o*c,y=o*l;t[0]=c*u,t[4]=y-h*f,t[8]=x*f+p,t[1]=f,t[5]=a*u,t[9]=-o*u,t[2]=-l*u,t[6]=p*f+x,t[10]=h-y*f}else if(e.order==="XZY"){let h=a*c,p=a*l,x=o*c,y=o*l;t[0]=c*u,t[4]=-f,t[8]=l*u,t[1]=h*f+y,t[5]=a*u,t[9]=p*f-x,t[2]=x*f-p,t[6]=o*u,t[10]=y*f+h}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose($A,e,YA)}lookAt(e,t,i){let r=this.elements;return gr.subVectors(e,t),gr.lengthSq()===0&&(gr.z=1),gr.normalize(),Ca.crossVectors(i,gr),Ca.lengthSq()===0&&(Math.abs(i.z)===1?gr.x+=1e-4:gr.z+=1e-4,gr.normalize(),Ca.crossVectors(i,gr)),Ca.normalize(),mf.crossVectors(gr,Ca),r[0]=Ca.x,r[4]=mf.x,r[8]=gr.x,r[1]=Ca.y,r[5]=mf.y,r[9]=gr.y,r[2]=Ca.z,r[6]=mf.z,r[10]=gr.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],c=i[8],l=i[12],u=i[1],f=i[5],h=i[9],p=i[13],x=i[2],y=i[6],m=i[10],g=i[14],E=i[3],C=i[7],M=i[11],F=i[15],D=r[0],v=r[4],w=r[8],q=r[12],X=r[1],Z=r[5],se=r[9],me=r[13],V=r[2],xe=r[6],ye=r[10],ie=r[14],De=r[3],pe=r[7],Ie=r[11],re=r[15];return s[0]=a*D+o*X+c*V+l*De,s[4]=a*v+o*Z+c*xe+l*pe,s[8]=a*w+o*se+c*ye+l*Ie,s[12]=a*q+o*me+c*ie+l*re,s[1]=u*D+f*X+h*V+p*De,s[5]=u*v+f*Z+h*xe+p*pe,s[9]=u*w+f*se+h*ye+p*Ie,s[13]=u*q+f*me+h*ie+p*re,s[2]=x*D+y*X+m*V+g*De,s[6]=x*v+y*Z+m*xe+g*pe,s[10]=x*w+y*se+m*ye+g*Ie,s[14]=x*q+y*me+m*ie+g*re,s[3]=E*D+C*X+M*V+F*De,s[7]=E*v+C*Z+M*xe+F*pe,s[11]=E*w+C*se+M*ye+F*Ie,s[15]=E*q+C*me+M*ie+F*re,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],c=e[9],l=e[13],u=e[2],f=e[6],h=e[10],p=e[14],x=e[3],y=e[7],m=e[11],g=e[15],E=c*p-l*h,C=o*p-l*f,M=o*h-c*f,F=a*p-l*u,D=a*h-c*u,v=a*f-o*u;return t*(y*E-m*C+g*M)-i*(x*E-m*F+g*D)+r*(x*C-y*F+g*v)-s*(x*M-y*D+m*v)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],c=e[2],l=e[6],u=e[10];return t*(a*u-o*l)-i*(s*u-o*c)+r*(s*l-a*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],f=e[9],h=e[10],p=e[11],x=e[12],y=e[13],m=e[14],g=e[15],E=t*o-i*a,C=t*c-r*a,M=t*l-s*a,F=i*c-r*o,D=i*l-s*o,v=r*l-s*c,w=u*y-f*x,q=u*m-h*x,X=u*g-p*x,Z=f*m-h*y,se=f*g-p*y,me=h*g-p*m,V=E*me-C*se+M*Z+F*X-D*q+v*w;if(V===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let xe=1/V;return e[0]=(o*me-c*se+l*Z)*xe,e[1]=(r*se-i*me-s*Z)*xe,e[2]=(y*v-m*D+g*F)*xe,e[3]=(h*D-f*v-p*F)*xe,e[4]=(c*X-a*me-l*q)*xe,e[5]=(t*me-r*X+s*q)*xe,e[6]=(m*M-x*v-g*C)*xe,e[7]=(u*v-h*M+p*C)*xe,e[8]=(a*se-o*X+l*w)*xe,e[9]=(i*X-t*se-s*w)*xe,e[10]=(x*D-y*M+g*E)*xe,e[11]=(f*M-u*D-p*E)*xe,e[12]=(o*q-a*Z-c*w)*xe,e[13]=(t*Z-i*q+r*w)*xe,e[14]=(y*C-x*F-m*E)*xe,e[15]=(u*F-f*C+h*E)*xe,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,c=e.z,l=s*a,u=s*o;return this.set(l*a+i,l*o-r*c,l*c+r*o,0,l*o+r*c,u*o+i,u*c-r*a,0,l*c-r*o,u*c+r*a,s*c*c+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,c=t._w,l=s+s,u=a+a,f=o+o,h=s*l,p=s*u,x=s*f,y=a*u,m=a*f,g=o*f,E=c*l,C=c*u,M=c*f,F=i.x,D=i.y,v=i.z;return r[0]=(1-(y+g))*F,r[1]=(p+M)*F,r[2]=(x-C)*F,r[3]=0,r[4]=(p-M)*D,r[5]=(1-(h+g))*D,r[6]=(m+E)*D,r[7]=0,r[8]=(x+C)*v,r[9]=(m-E)*v,r[10]=(1-(h+y))*v,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=fl.set(r[0],r[1],r[2]).length(),o=fl.set(r[4],r[5],r[6]).length(),c=fl.set(r[8],r[9],r[10]).length();s<0&&(a=-a),Xr.copy(this);let l=1/a,u=1/o,f=1/c;return Xr.elements[0]*=l,Xr.elements[1]*=l,Xr.elements[2]*=l,Xr.elements[4]*=u,Xr.elements[5]*=u,Xr.elements[6]*=u,Xr.elements[8]*=f,Xr.elements[9]*=f,Xr.elements[10]*=f,t.setFromRotationMatrix(Xr),i.x=a,i.y=o,i.z=c,this}makePerspective(e,t,i,r,s,a,o=Nr,c=!1){let l=this.elements,u=2*s/(t-e),f=2*s/(i-r),h=(t+e)/(t-e),p=(i+r)/(i-r),x,y;if(c)x=s/(a-s),y=a*s/(a-s);else if(o===Nr)x=-(a+s)/(a-s),y=-2*a*s/(a-s);else if(o===ou)x=-a/(a-s),y=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=h,l[12]=0,l[1]=0,l[5]=f,l[9]=p,l[13]=0,l[2]=0,l[6]=0,l[10]=x,l[14]=y,l[3]=0,l[7]=0,l[11]=-1,l[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=Nr,c=!1){let l=this.elements,u=2/(t-e),f=2/(i-r),h=-(t+e)/(t-e),p=-(i+r)/(i-r),x,y;if(c)x=1/(a-s),y=a/(a-s);else if(o===Nr)x=-2/(a-s),y=-(a+s)/(a-s);else if(o===ou)x=-1/(a-s),y=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=0,l[12]=h,l[1]=0,l[5]=f,l[9]=0,l[13]=p,l[2]=0,l[6]=0,l[10]=x,l[14]=y,l[3]=0,l[7]=0,l[11]=0,l[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};gd.prototype.isMatrix4=!0;var gi=gd,fl=new Me,Xr=new gi,$A=new Me(0,0,0),YA=new Me(1,1,1),Ca=new Me,mf=new Me,gr=new Me,Tx=new gi,wx=new yr,Na=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],c=r[1],l=r[5],u=r[9],f=r[2],h=r[6],p=r[10];switch(t){case"XYZ":this._y=Math.asin(On(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-u,p),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(h,l),this._z=0);break;case"YXZ":this._x=Math.asin(-On(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(o,p),this._z=Math.atan2(c,l)):(this._y=Math.atan2(-f,s),this._z=0);break;case"ZXY":this._x=Math.asin(On(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(-f,p),this._z=Math.atan2(-a,l)):(this._y=0,this._z=Math.atan2(c,s));break;case"ZYX":this._y=Math.asin(-On(f,-1,1)),Math.abs(f)<.9999999?(this._x=Math.atan2(h,p),this._z=Math.atan2(c,s)):(this._x=0,this._z=Math.atan2(-a,l));break;case"YZX":this._z=Math.asin(On(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-u,l),this._y=Math.atan2(-f,s)):(this._x=0,this._y=Math.atan2(o,p));break;case"XZY":this._z=Math.asin(-On(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(h,l),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-u,p),this._y=0);break;default:_n("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return Tx.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Tx,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return wx.setFromEuler(this),this.setFromQuaternion(wx,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Na.DEFAULT_ORDER="XYZ";var uu=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},qA=0,Cx=new Me,dl=new yr,Gs=new gi,gf=new Me,Jc=new Me,ZA=new Me,jA=new yr,Rx=new Me(1,0,0),Ix=new Me(0,1,0),Px=new Me(0,0,1),Lx={type:"added"},KA={type:"removed"},pl={type:"childadded",child:null},Tg={type:"childremoved",child:null},br=class n extends qr{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:qA++}),this.uuid=Bl(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new Me,t=new Na,i=new yr,r=new Me(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new gi},normalMatrix:{value:new bn}}),this.matrix=new gi,this.matrixWorld=new gi,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new uu,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return dl.setFromAxisAngle(e,t),this.quaternion.multiply(dl),this}rotateOnWorldAxis(e,t){return dl.setFromAxisAngle(e,t),this.quaternion.premultiply(dl),this}rotateX(e){return this.rotateOnAxis(Rx,e)}rotateY(e){return this.rotateOnAxis(Ix,e)}rotateZ(e){return this.rotateOnAxis(Px,e)}translateOnAxis(e,t){return Cx.copy(e).applyQuaternion(this.quaternion),this.position.add(Cx.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Rx,e)}translateY(e){return this.translateOnAxis(Ix,e)}translateZ(e){return this.translateOnAxis(Px,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Gs.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?gf.copy(e):gf.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Jc.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Gs.lookAt(Jc,gf,this.up):Gs.lookAt(gf,Jc,this.up),this.quaternion.setFromRotationMatrix(Gs),r&&(Gs.extractRotation(r.matrixWorld),dl.setFromRotationMatrix(Gs),this.quaternion.premultiply(dl.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(yn("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Lx),pl.child=e,this.dispatchEvent(pl),pl.child=null):yn("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(KA),Tg.child=e,this.dispatchEvent(Tg),Tg.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Gs.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Gs.multiply(e.parent.matrixWorld)),e.applyMatrix4(Gs),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Lx),pl.child=e,this.dispatchEvent(pl),pl.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Jc,e,ZA),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Jc,jA,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,c){return o[c.uuid]===void 0&&(o[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let c=o.shapes;if(Array.isArray(c))for(let l=0,u=c.length;l<u;l++){let f=c[l];s(e.shapes,f)}else s(e.shapes,c)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let c=0,l=this.material.length;c<l;c++)o.push(s(e.materials,this.material[c]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let c=this.animations[o];r.animations.push(s(e.animations,c))}}if(t){let o=a(e.geometries),c=a(e.materials),l=a(e.textures),u=a(e.images),f=a(e.shapes),h=a(e.skeletons),p=a(e.animations),x=a(e.nodes);o.length>0&&(i.geometries=o),c.length>0&&(i.materials=c),l.length>0&&(i.textures=l),u.length>0&&(i.images=u),f.length>0&&(i.shapes=f),h.length>0&&(i.skeletons=h),p.length>0&&(i.animations=p),x.length>0&&(i.nodes=x)}return i.object=r,i;function a(o){let c=[];for(let l in o){let u=o[l];delete u.metadata,c.push(u)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};br.DEFAULT_UP=new Me(0,1,0);br.DEFAULT_MATRIX_AUTO_UPDATE=!0;br.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var vo=class extends br{constructor(){super(),this.isGroup=!0,this.type="Group"}},JA={type:"move"},Rl=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new vo,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new vo,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new Me,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new Me),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new vo,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new Me,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new Me,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,c=this._grip,l=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(l&&e.hand){a=!0;for(let y of e.hand.values()){let m=t.getJointPose(y,i),g=this._getHandJoint(l,y);m!==null&&(g.matrix.fromArray(m.transform.matrix),g.matrix.decompose(g.position,g.quaternion,g.scale),g.matrixWorldNeedsUpdate=!0,g.jointRadius=m.radius),g.visible=m!==null}let u=l.joints["index-finger-tip"],f=l.joints["thumb-tip"],h=u.position.distanceTo(f.position),p=.02,x=.005;l.inputState.pinching&&h>p+x?(l.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!l.inputState.pinching&&h<=p-x&&(l.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(c.matrix.fromArray(s.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,s.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(s.linearVelocity)):c.hasLinearVelocity=!1,s.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(s.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(JA)))}return o!==null&&(o.visible=r!==null),c!==null&&(c.visible=s!==null),l!==null&&(l.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new vo;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},Iv={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Ra={h:0,s:0,l:0},_f={h:0,s:0,l:0};function wg(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var kn=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=xr){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Nn.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=Nn.workingColorSpace){return this.r=e,this.g=t,this.b=i,Nn.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=Nn.workingColorSpace){if(e=b0(e,1),t=On(t,0,1),i=On(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=wg(a,s,e+1/3),this.g=wg(a,s,e),this.b=wg(a,s,e-1/3)}return Nn.colorSpaceToWorking(this,r),this}setStyle(e,t=xr){function i(s){s!==void 0&&parseFloat(s)<1&&_n("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:_n("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);_n("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=xr){let i=Iv[e.toLowerCase()];return i!==void 0?this.setHex(i,t):_n("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=$s(e.r),this.g=$s(e.g),this.b=$s(e.b),this}copyLinearToSRGB(e){return this.r=El(e.r),this.g=El(e.g),this.b=El(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=xr){return Nn.workingToColorSpace(ji.copy(this),e),Math.round(On(ji.r*255,0,255))*65536+Math.round(On(ji.g*255,0,255))*256+Math.round(On(ji.b*255,0,255))}getHexString(e=xr){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Nn.workingColorSpace){Nn.workingToColorSpace(ji.copy(this),t);let i=ji.r,r=ji.g,s=ji.b,a=Math.max(i,r,s),o=Math.min(i,r,s),c,l,u=(o+a)/2;if(o===a)c=0,l=0;else{let f=a-o;switch(l=u<=.5?f/(a+o):f/(2-a-o),a){case i:c=(r-s)/f+(r<s?6:0);break;case r:c=(s-i)/f+2;break;case s:c=(i-r)/f+4;break}c/=6}return e.h=c,e.s=l,e.l=u,e}getRGB(e,t=Nn.workingColorSpace){return Nn.workingToColorSpace(ji.copy(this),t),e.r=ji.r,e.g=ji.g,e.b=ji.b,e}getStyle(e=xr){Nn.workingToColorSpace(ji.copy(this),e);let t=ji.r,i=ji.g,r=ji.b;return e!==xr?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(Ra),this.setHSL(Ra.h+e,Ra.s+t,Ra.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(Ra),e.getHSL(_f);let i=ru(Ra.h,_f.h,t),r=ru(Ra.s,_f.s,t),s=ru(Ra.l,_f.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},ji=new kn;kn.NAMES=Iv;var hu=class extends br{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Na,this.environmentIntensity=1,this.environmentRotation=new Na,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},$r=new Me,Vs=new Me,Cg=new Me,Hs=new Me,ml=new Me,gl=new Me,Dx=new Me,Rg=new Me,Ig=new Me,Pg=new Me,Lg=new _i,Dg=new _i,Ng=new _i,Da=class n{constructor(e=new Me,t=new Me,i=new Me){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),$r.subVectors(e,t),r.cross($r);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){$r.subVectors(r,t),Vs.subVectors(i,t),Cg.subVectors(e,t);let a=$r.dot($r),o=$r.dot(Vs),c=$r.dot(Cg),l=Vs.dot(Vs),u=Vs.dot(Cg),f=a*l-o*o;if(f===0)return s.set(0,0,0),null;let h=1/f,p=(l*c-o*u)*h,x=(a*u-o*c)*h;return s.set(1-p-x,x,p)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,Hs)===null?!1:Hs.x>=0&&Hs.y>=0&&Hs.x+Hs.y<=1}static getInterpolation(e,t,i,r,s,a,o,c){return this.getBarycoord(e,t,i,r,Hs)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(s,Hs.x),c.addScaledVector(a,Hs.y),c.addScaledVector(o,Hs.z),c)}static getInterpolatedAttribute(e,t,i,r,s,a){return Lg.setScalar(0),Dg.setScalar(0),Ng.setScalar(0),Lg.fromBufferAttribute(e,t),Dg.fromBufferAttribute(e,i),Ng.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(Lg,s.x),a.addScaledVector(Dg,s.y),a.addScaledVector(Ng,s.z),a}static isFrontFacing(e,t,i,r){return $r.subVectors(i,t),Vs.subVectors(e,t),$r.cross(Vs).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return $r.subVectors(this.c,this.b),Vs.subVectors(this.a,this.b),$r.cross(Vs).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;ml.subVectors(r,i),gl.subVectors(s,i),Rg.subVectors(e,i);let c=ml.dot(Rg),l=gl.dot(Rg);if(c<=0&&l<=0)return t.copy(i);Ig.subVectors(e,r);let u=ml.dot(Ig),f=gl.dot(Ig);if(u>=0&&f<=u)return t.copy(r);let h=c*f-u*l;if(h<=0&&c>=0&&u<=0&&c-u>0)return a=c/(c-u),t.copy(i).addScaledVector(ml,a);Pg.subVectors(e,s);let p=ml.dot(Pg),x=gl.dot(Pg);if(x>=0&&p<=x)return t.copy(s);let y=p*l-c*x;if(y<=0&&l>=0&&x<=0)return o=l/(l-x),t.copy(i).addScaledVector(gl,o);let m=u*x-p*f;if(m<=0&&f-u>=0&&p-x>=0)return Dx.subVectors(s,r),o=(f-u)/(f-u+(p-x)),t.copy(r).addScaledVector(Dx,o);let g=1/(m+y+h);return a=y*g,o=h*g,t.copy(i).addScaledVector(ml,a).addScaledVector(gl,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Oa=class{constructor(e=new Me(1/0,1/0,1/0),t=new Me(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(Yr.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(Yr.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=Yr.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,Yr):Yr.fromBufferAttribute(s,a),Yr.applyMatrix4(e.matrixWorld),this.expandByPoint(Yr);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),xf.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),xf.copy(i.boundingBox)),xf.applyMatrix4(e.matrixWorld),this.union(xf)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Yr),Yr.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Qc),vf.subVectors(this.max,Qc),_l.subVectors(e.a,Qc),xl.subVectors(e.b,Qc),vl.subVectors(e.c,Qc),Ia.subVectors(xl,_l),Pa.subVectors(vl,xl),mo.subVectors(_l,vl);let t=[0,-Ia.z,Ia.y,0,-Pa.z,Pa.y,0,-mo.z,mo.y,Ia.z,0,-Ia.x,Pa.z,0,-Pa.x,mo.z,0,-mo.x,-Ia.y,Ia.x,0,-Pa.y,Pa.x,0,-mo.y,mo.x,0];return!Og(t,_l,xl,vl,vf)||(t=[1,0,0,0,1,0,0,0,1],!Og(t,_l,xl,vl,vf))?!1:(yf.crossVectors(Ia,Pa),t=[yf.x,yf.y,yf.z],Og(t,_l,xl,vl,vf))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Yr).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Yr).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Ws[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Ws[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Ws[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Ws[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Ws[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Ws[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Ws[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Ws[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Ws),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Ws=[new Me,new Me,new Me,new Me,new Me,new Me,new Me,new Me],Yr=new Me,xf=new Oa,_l=new Me,xl=new Me,vl=new Me,Ia=new Me,Pa=new Me,mo=new Me,Qc=new Me,vf=new Me,yf=new Me,go=new Me;function Og(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){go.fromArray(n,s);let o=r.x*Math.abs(go.x)+r.y*Math.abs(go.y)+r.z*Math.abs(go.z),c=e.dot(go),l=t.dot(go),u=i.dot(go);if(Math.max(-Math.max(c,l,u),Math.min(c,l,u))>o)return!1}return!0}var Ii=new Me,Sf=new Cn,QA=0,rr=class extends qr{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:QA++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=Mv,this.updateRanges=[],this.gpuType=jr,this.version=0,this._normalizationScale=e!==void 0?E0(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)Sf.fromBufferAttribute(this,t),Sf.applyMatrix3(e),this.setXY(t,Sf.x,Sf.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)Ii.fromBufferAttribute(this,t),Ii.applyMatrix3(e),this.setXYZ(t,Ii.x,Ii.y,Ii.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)Ii.fromBufferAttribute(this,t),Ii.applyMatrix4(e),this.setXYZ(t,Ii.x,Ii.y,Ii.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)Ii.fromBufferAttribute(this,t),Ii.applyNormalMatrix(e),this.setXYZ(t,Ii.x,Ii.y,Ii.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)Ii.fromBufferAttribute(this,t),Ii.transformDirection(e),this.setXYZ(t,Ii.x,Ii.y,Ii.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Cv(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Rv(e,this.array)}};var fu=class extends rr{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var du=class extends rr{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Or=class extends rr{constructor(e,t,i){super(new Float32Array(e),t,i)}},eT=new Oa,eu=new Me,Fg=new Me,So=class{constructor(e=new Me,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):eT.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;eu.subVectors(e,this.center);let t=eu.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(eu,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Fg.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(eu.copy(e.center).add(Fg)),this.expandByPoint(eu.copy(e.center).sub(Fg))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},tT=0,Dr=new gi,Ug=new br,yl=new Me,_r=new Oa,tu=new Oa,Gi=new Me,Fr=class n extends qr{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:tT++}),this.uuid=Bl(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(TA(e)?du:fu)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new bn().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Dr.makeRotationFromQuaternion(e),this.applyMatrix4(Dr),this}rotateX(e){return Dr.makeRotationX(e),this.applyMatrix4(Dr),this}rotateY(e){return Dr.makeRotationY(e),this.applyMatrix4(Dr),this}rotateZ(e){return Dr.makeRotationZ(e),this.applyMatrix4(Dr),this}translate(e,t,i){return Dr.makeTranslation(e,t,i),this.applyMatrix4(Dr),this}scale(e,t,i){return Dr.makeScale(e,t,i),this.applyMatrix4(Dr),this}lookAt(e){return Ug.lookAt(e),Ug.updateMatrix(),this.applyMatrix4(Ug.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(yl).negate(),this.translate(yl.x,yl.y,yl.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new Or(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&_n("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Oa);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){yn("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new Me(-1/0,-1/0,-1/0),new Me(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];_r.setFromBufferAttribute(s),this.morphTargetsRelative?(Gi.addVectors(this.boundingBox.min,_r.min),this.boundingBox.expandByPoint(Gi),Gi.addVectors(this.boundingBox.max,_r.max),this.boundingBox.expandByPoint(Gi)):(this.boundingBox.expandByPoint(_r.min),this.boundingBox.expandByPoint(_r.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&yn('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new So);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){yn("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new Me,1/0);return}if(e){let i=this.boundingSphere.center;if(_r.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];tu.setFromBufferAttribute(o),this.morphTargetsRelative?(Gi.addVectors(_r.min,tu.min),_r.expandByPoint(Gi),Gi.addVectors(_r.max,tu.max),_r.expandByPoint(Gi)):(_r.expandByPoint(tu.min),_r.expandByPoint(tu.max))}_r.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Gi.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Gi));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],c=this.morphTargetsRelative;for(let l=0,u=o.count;l<u;l++)Gi.fromBufferAttribute(o,l),c&&(yl.fromBufferAttribute(e,l),Gi.add(yl)),r=Math.max(r,i.distanceToSquared(Gi))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&yn('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){yn("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new rr(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],c=[],l=new Uint8Array(i.count);for(let q=0;q<i.count;q++)o[q]=new Me,c[q]=new Me;let u=new Me,f=new Me,h=new Me,p=new Cn,x=new Cn,y=new Cn,m=new Me,g=new Me;function E(q,X,Z){l[q]=l[X]=l[Z]=1,u.fromBufferAttribute(i,q),f.fromBufferAttribute(i,X),h.fromBufferAttribute(i,Z),p.fromBufferAttribute(s,q),x.fromBufferAttribute(s,X),y.fromBufferAttribute(s,Z),f.sub(u),h.sub(u),x.sub(p),y.sub(p);let se=1/(x.x*y.y-y.x*x.y);isFinite(se)&&(m.copy(f).multiplyScalar(y.y).addScaledVector(h,-x.y).multiplyScalar(se),g.copy(h).multiplyScalar(x.x).addScaledVector(f,-y.x).multiplyScalar(se),o[q].add(m),o[X].add(m),o[Z].add(m),c[q].add(g),c[X].add(g),c[Z].add(g))}let C=this.groups;C.length===0&&(C=[{start:0,count:e.count}]);for(let q=0,X=C.length;q<X;++q){let Z=C[q],se=Z.start,me=Z.count;for(let V=se,xe=se+me;V<xe;V+=3)E(e.getX(V+0),e.getX(V+1),e.getX(V+2))}let M=new Me,F=new Me,D=new Me,v=new Me;function w(q){D.fromBufferAttribute(r,q),v.copy(D);let X=o[q];M.copy(X),M.sub(D.multiplyScalar(D.dot(X))).normalize(),F.crossVectors(v,X);let se=F.dot(c[q])<0?-1:1;a.setXYZW(q,M.x,M.y,M.z,se)}for(let q=0,X=i.count;q<X;++q)l[q]&&w(q);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new rr(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let h=0,p=i.count;h<p;h++)i.setXYZ(h,0,0,0);let r=new Me,s=new Me,a=new Me,o=new Me,c=new Me,l=new Me,u=new Me,f=new Me;if(e)for(let h=0,p=e.count;h<p;h+=3){let x=e.getX(h+0),y=e.getX(h+1),m=e.getX(h+2);r.fromBufferAttribute(t,x),s.fromBufferAttribute(t,y),a.fromBufferAttribute(t,m),u.subVectors(a,s),f.subVectors(r,s),u.cross(f),o.fromBufferAttribute(i,x),c.fromBufferAttribute(i,y),l.fromBufferAttribute(i,m),o.add(u),c.add(u),l.add(u),i.setXYZ(x,o.x,o.y,o.z),i.setXYZ(y,c.x,c.y,c.z),i.setXYZ(m,l.x,l.y,l.z)}else for(let h=0,p=t.count;h<p;h+=3)r.fromBufferAttribute(t,h+0),s.fromBufferAttribute(t,h+1),a.fromBufferAttribute(t,h+2),u.subVectors(a,s),f.subVectors(r,s),u.cross(f),i.setXYZ(h+0,u.x,u.y,u.z),i.setXYZ(h+1,u.x,u.y,u.z),i.setXYZ(h+2,u.x,u.y,u.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Gi.fromBufferAttribute(e,t),Gi.normalize(),e.setXYZ(t,Gi.x,Gi.y,Gi.z)}toNonIndexed(){function e(o,c){let l=o.array,u=o.itemSize,f=o.normalized,h=new l.constructor(c.length*u),p=0,x=0;for(let y=0,m=c.length;y<m;y++){o.isInterleavedBufferAttribute?p=c[y]*o.data.stride+o.offset:p=c[y]*u;for(let g=0;g<u;g++)h[x++]=l[p++]}return new rr(h,u,f)}if(this.index===null)return _n("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let c=r[o],l=e(c,i);t.setAttribute(o,l)}let s=this.morphAttributes;for(let o in s){let c=[],l=s[o];for(let u=0,f=l.length;u<f;u++){let h=l[u],p=e(h,i);c.push(p)}t.morphAttributes[o]=c}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,c=a.length;o<c;o++){let l=a[o];t.addGroup(l.start,l.count,l.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let l in c)c[l]!==void 0&&(e[l]=c[l]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let c in i){let l=i[c];e.data.attributes[c]=l.toJSON(e.data)}let r={},s=!1;for(let c in this.morphAttributes){let l=this.morphAttributes[c],u=[];for(let f=0,h=l.length;f<h;f++){let p=l[f];u.push(p.toJSON(e.data))}u.length>0&&(r[c]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let l in r){let u=r[l];this.setAttribute(l,u.clone(t))}let s=e.morphAttributes;for(let l in s){let u=[],f=s[l];for(let h=0,p=f.length;h<p;h++)u.push(f[h].clone(t));this.morphAttributes[l]=u}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let l=0,u=a.length;l<u;l++){let f=a[l];this.addGroup(f.start,f.count,f.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var Bg=new Me,nT=new Me,iT=new bn,vr=class{constructor(e=new Me(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=Bg.subVectors(i,t).cross(nT.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(Bg),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||iT.getNormalMatrix(e),r=this.coplanarPoint(Bg).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},rT=0,Fa=class extends qr{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:rT++}),this.uuid=Bl(),this.name="",this.type="Material",this.blending=Ol,this.side=Va,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Jg,this.blendDst=Qg,this.blendEquation=To,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new kn(0,0,0),this.blendAlpha=0,this.depthFunc=Al,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=_v,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Bf,this.stencilZFail=Bf,this.stencilZPass=Bf,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){_n(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){_n(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let c=s[o];delete c.metadata,a.push(c)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new kn().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new vr().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new Cn().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Cn().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Xs=new Me,kg=new Me,bf=new Me,Mf=new Me,bo=class{constructor(e=new Me,t=new Me(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Xs)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Xs.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Xs.copy(this.origin).addScaledVector(this.direction,t),Xs.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){kg.copy(e).add(t).multiplyScalar(.5),bf.copy(t).sub(e).normalize(),Mf.copy(this.origin).sub(kg);let s=e.distanceTo(t)*.5,a=-this.direction.dot(bf),o=Mf.dot(this.direction),c=-Mf.dot(bf),l=Mf.lengthSq(),u=Math.abs(1-a*a),f,h,p,x;if(u>0)if(f=a*c-o,h=a*o-c,x=s*u,f>=0)if(h>=-x)if(h<=x){let y=1/u;f*=y,h*=y,p=f*(f+a*h+2*o)+h*(a*f+h+2*c)+l}else h=s,f=Math.max(0,-(a*h+o)),p=-f*f+h*(h+2*c)+l;else h=-s,f=Math.max(0,-(a*h+o)),p=-f*f+h*(h+2*c)+l;else h<=-x?(f=Math.max(0,-(-a*s+o)),h=f>0?-s:Math.min(Math.max(-s,-c),s),p=-f*f+h*(h+2*c)+l):h<=x?(f=0,h=Math.min(Math.max(-s,-c),s),p=h*(h+2*c)+l):(f=Math.max(0,-(a*s+o)),h=f>0?s:Math.min(Math.max(-s,-c),s),p=-f*f+h*(h+2*c)+l);else h=a>0?-s:s,f=Math.max(0,-(a*h+o)),p=-f*f+h*(h+2*c)+l;return i&&i.copy(this.origin).addScaledVector(this.direction,f),r&&r.copy(kg).addScaledVector(bf,h),p}intersectSphere(e,t){if(e.radius<0)return null;Xs.subVectors(e.center,this.origin);let i=Xs.dot(this.direction),r=Xs.dot(Xs)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,c=i+a;return c<0?null:o<0?this.at(c,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,c,l=1/this.direction.x,u=1/this.direction.y,f=1/this.direction.z,h=this.origin;return l>=0?(i=(e.min.x-h.x)*l,r=(e.max.x-h.x)*l):(i=(e.max.x-h.x)*l,r=(e.min.x-h.x)*l),u>=0?(s=(e.min.y-h.y)*u,a=(e.max.y-h.y)*u):(s=(e.max.y-h.y)*u,a=(e.min.y-h.y)*u),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),f>=0?(o=(e.min.z-h.z)*f,c=(e.max.z-h.z)*f):(o=(e.max.z-h.z)*f,c=(e.min.z-h.z)*f),i>c||o>r)||((o>i||i!==i)&&(i=o),(c<r||r!==r)&&(r=c),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,Xs)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,c=o.x,l=o.y,u=o.z,f=e.x-a.x,h=e.y-a.y,p=e.z-a.z,x=t.x-a.x,y=t.y-a.y,m=t.z-a.z,g=i.x-a.x,E=i.y-a.y,C=i.z-a.z,M=Math.abs(c),F=Math.abs(l),D=Math.abs(u),v,w,q,X,Z,se,me,V,xe,ye,ie,De;if(M>=F&&M>=D?(q=c,se=f,xe=x,De=g,c>=0?(v=l,w=u,X=h,Z=p,me=y,V=m,ye=E,ie=C):(v=u,w=l,X=p,Z=h,me=m,V=y,ye=C,ie=E)):F>=D?(q=l,se=h,xe=y,De=E,l>=0?(v=u,w=c,X=p,Z=f,me=m,V=x,ye=C,ie=g):(v=c,w=u,X=f,Z=p,me=x,V=m,ye=g,ie=C)):(q=u,se=p,xe=m,De=C,u>=0?(v=c,w=l,X=f,Z=h,me=x,V=y,ye=g,ie=E):(v=l,w=c,X=h,Z=f,me=y,V=x,ye=E,ie=g)),q===0)return null;let pe=v/q,Ie=w/q,re=1/q,je=X-pe*se,kt=Z-Ie*se,Ee=me-pe*xe,Xe=V-Ie*xe,wt=ye-pe*De,Yt=ie-Ie*De,nt=wt*Xe-Yt*Ee,tn=je*Yt-kt*wt,In=Ee*kt-Xe*je;if(r){if(nt<0||tn<0||In<0)return null}else if((nt<0||tn<0||In<0)&&(nt>0||tn>0||In>0))return null;let Kt=nt+tn+In;if(Kt===0)return null;let Rn=re*(nt*se+tn*xe+In*De);return(Kt>0?Rn<0:Rn>0)?null:this.at(Rn/Kt,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Jf=class extends Fa{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new kn(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Na,this.combine=e0,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Nx=new gi,_o=new bo,Ef=new So,Ox=new Me,Af=new Me,Tf=new Me,wf=new Me,zg=new Me,Cf=new Me,Fx=new Me,Rf=new Me,ys=class extends br{constructor(e=new Fr,t=new Jf){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){Cf.set(0,0,0);for(let c=0,l=s.length;c<l;c++){let u=o[c],f=s[c];u!==0&&(zg.fromBufferAttribute(f,e),a?Cf.addScaledVector(zg,u):Cf.addScaledVector(zg.sub(t),u))}t.add(Cf)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),Ef.copy(i.boundingSphere),Ef.applyMatrix4(s),_o.copy(e.ray).recast(e.near),!(Ef.containsPoint(_o.origin)===!1&&(_o.intersectSphere(Ef,Ox)===null||_o.origin.distanceToSquared(Ox)>(e.far-e.near)**2))&&(Nx.copy(s).invert(),_o.copy(e.ray).applyMatrix4(Nx),!(i.boundingBox!==null&&_o.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,_o)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,c=s.attributes.position,l=s.attributes.uv,u=s.attributes.uv1,f=s.attributes.normal,h=s.groups,p=s.drawRange;if(o!==null)if(Array.isArray(a))for(let x=0,y=h.length;x<y;x++){let m=h[x],g=a[m.materialIndex],E=Math.max(m.start,p.start),C=Math.min(o.count,Math.min(m.start+m.count,p.start+p.count));for(let M=E,F=C;M<F;M+=3){let D=o.getX(M),v=o.getX(M+1),w=o.getX(M+2);r=If(this,g,e,i,l,u,f,D,v,w),r&&(r.faceIndex=Math.floor(M/3),r.face.materialIndex=m.materialIndex,t.push(r))}}else{let x=Math.max(0,p.start),y=Math.min(o.count,p.start+p.count);for(let m=x,g=y;m<g;m+=3){let E=o.getX(m),C=o.getX(m+1),M=o.getX(m+2);r=If(this,a,e,i,l,u,f,E,C,M),r&&(r.faceIndex=Math.floor(m/3),t.push(r))}}else if(c!==void 0)if(Array.isArray(a))for(let x=0,y=h.length;x<y;x++){let m=h[x],g=a[m.materialIndex],E=Math.max(m.start,p.start),C=Math.min(c.count,Math.min(m.start+m.count,p.start+p.count));for(let M=E,F=C;M<F;M+=3){let D=M,v=M+1,w=M+2;r=If(this,g,e,i,l,u,f,D,v,w),r&&(r.faceIndex=Math.floor(M/3),r.face.materialIndex=m.materialIndex,t.push(r))}}else{let x=Math.max(0,p.start),y=Math.min(c.count,p.start+p.count);for(let m=x,g=y;m<g;m+=3){let E=m,C=m+1,M=m+2;r=If(this,a,e,i,l,u,f,E,C,M),r&&(r.faceIndex=Math.floor(m/3),t.push(r))}}}};function sT(n,e,t,i,r,s,a,o){let c;if(e.side===ar?c=i.intersectTriangle(a,s,r,!0,o):c=i.intersectTriangle(r,s,a,e.side===Va,o),c===null)return null;Rf.copy(o),Rf.applyMatrix4(n.matrixWorld);let l=t.ray.origin.distanceTo(Rf);return l<t.near||l>t.far?null:{distance:l,point:Rf.clone(),object:n}}function If(n,e,t,i,r,s,a,o,c,l){n.getVertexPosition(o,Af),n.getVertexPosition(c,Tf),n.getVertexPosition(l,wf);let u=sT(n,e,t,i,Af,Tf,wf,Fx);if(u){let f=new Me;Da.getBarycoord(Fx,Af,Tf,wf,f),r&&(u.uv=Da.getInterpolatedAttribute(r,o,c,l,f,new Cn)),s&&(u.uv1=Da.getInterpolatedAttribute(s,o,c,l,f,new Cn)),a&&(u.normal=Da.getInterpolatedAttribute(a,o,c,l,f,new Me),u.normal.dot(i.direction)>0&&u.normal.multiplyScalar(-1));let h={a:o,b:c,c:l,normal:new Me,materialIndex:0};Da.getNormal(Af,Tf,wf,h.normal),u.face=h,u.barycoord=f}return u}var Qf=class extends ur{constructor(e=null,t=1,i=1,r,s,a,o,c,l=Vi,u=Vi,f,h){super(null,a,o,c,l,u,r,s,f,h),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var xo=new So,aT=new Cn(.5,.5),Pf=new Me,Mo=class{constructor(e=new vr,t=new vr,i=new vr,r=new vr,s=new vr,a=new vr){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=Nr,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],c=s[2],l=s[3],u=s[4],f=s[5],h=s[6],p=s[7],x=s[8],y=s[9],m=s[10],g=s[11],E=s[12],C=s[13],M=s[14],F=s[15];if(r[0].setComponents(l-a,p-u,g-x,F-E).normalize(),r[1].setComponents(l+a,p+u,g+x,F+E).normalize(),r[2].setComponents(l+o,p+f,g+y,F+C).normalize(),r[3].setComponents(l-o,p-f,g-y,F-C).normalize(),i)r[4].setComponents(c,h,m,M).normalize(),r[5].setComponents(l-c,p-h,g-m,F-M).normalize();else if(r[4].setComponents(l-c,p-h,g-m,F-M).normalize(),t===Nr)r[5].setComponents(l+c,p+h,g+m,F+M).normalize();else if(t===ou)r[5].setComponents(c,h,m,M).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),xo.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),xo.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(xo)}intersectsSprite(e){xo.center.set(0,0,0);let t=aT.distanceTo(e.center);return xo.radius=.7071067811865476+t,xo.applyMatrix4(e.matrixWorld),this.intersectsSphere(xo)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(Pf.x=r.normal.x>0?e.max.x:e.min.x,Pf.y=r.normal.y>0?e.max.y:e.min.y,Pf.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(Pf)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Ux=new gi,ed=class n{constructor(){this.coordinateSystem=Nr,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];Ux.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new Mo),i[r].setFromProjectionMatrix(Ux,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Mo),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var Eo=class extends Fa{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new kn(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Bx=new gi,Xg=new bo,Lf=new So,Df=new Me,Il=class extends br{constructor(e=new Fr,t=new Eo){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),Lf.copy(i.boundingSphere),Lf.applyMatrix4(r),Lf.radius+=s,e.ray.intersectsSphere(Lf)===!1)return;Bx.copy(r).invert(),Xg.copy(e.ray).applyMatrix4(Bx);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),c=o*o,l=i.index,f=i.attributes.position;if(l!==null){let h=Math.max(0,a.start),p=Math.min(l.count,a.start+a.count);for(let x=h,y=p;x<y;x++){let m=l.getX(x);Df.fromBufferAttribute(f,m),kx(Df,m,c,r,e,t,this)}}else{let h=Math.max(0,a.start),p=Math.min(f.count,a.start+a.count);for(let x=h,y=p;x<y;x++)Df.fromBufferAttribute(f,x),kx(Df,x,c,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function kx(n,e,t,i,r,s,a){let o=Xg.distanceSqToPoint(n);if(o<t){let c=new Me;Xg.closestPointToPoint(n,c),c.applyMatrix4(i);let l=r.ray.origin.distanceTo(c);if(l<r.near||l>r.far)return;s.push({distance:l,distanceToRay:Math.sqrt(o),point:c,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var pu=class extends ur{constructor(e=[],t=wo,i,r,s,a,o,c,l,u){super(e,t,i,r,s,a,o,c,l,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var qs=class extends ur{constructor(e,t,i=Zr,r,s,a,o=Vi,c=Vi,l,u=Ys,f=1){if(u!==Ys&&u!==js)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let h={width:e,height:t,depth:f};super(h,r,s,a,o,c,u,i,l),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Cl(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},mu=class extends qs{constructor(e,t=Zr,i=wo,r,s,a=Vi,o=Vi,c,l=Ys){let u={width:e,height:e,depth:1},f=[u,u,u,u,u,u];super(e,e,t,i,r,s,a,o,c,l),this.image=f,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},gu=class extends ur{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},Pl=class n extends Fr{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let c=[],l=[],u=[],f=[],h=0,p=0;x("z","y","x",-1,-1,i,t,e,a,s,0),x("z","y","x",1,-1,i,t,-e,a,s,1),x("x","z","y",1,1,e,i,t,r,a,2),x("x","z","y",1,-1,e,i,-t,r,a,3),x("x","y","z",1,-1,e,t,i,r,s,4),x("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(c),this.setAttribute("position",new Or(l,3)),this.setAttribute("normal",new Or(u,3)),this.setAttribute("uv",new Or(f,2));function x(y,m,g,E,C,M,F,D,v,w,q){let X=M/v,Z=F/w,se=M/2,me=F/2,V=D/2,xe=v+1,ye=w+1,ie=0,De=0,pe=new Me;for(let Ie=0;Ie<ye;Ie++){let re=Ie*Z-me;for(let je=0;je<xe;je++){let kt=je*X-se;pe[y]=kt*E,pe[m]=re*C,pe[g]=V,l.push(pe.x,pe.y,pe.z),pe[y]=0,pe[m]=0,pe[g]=D>0?1:-1,u.push(pe.x,pe.y,pe.z),f.push(je/v),f.push(1-Ie/w),ie+=1}}for(let Ie=0;Ie<w;Ie++)for(let re=0;re<v;re++){let je=h+re+xe*Ie,kt=h+re+xe*(Ie+1),Ee=h+(re+1)+xe*(Ie+1),Xe=h+(re+1)+xe*Ie;c.push(je,kt,Xe),c.push(kt,Ee,Xe),De+=6}o.addGroup(p,De,q),p+=De,h+=ie}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var _u=class n extends Fr{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),c=Math.floor(r),l=o+1,u=c+1,f=e/o,h=t/c,p=[],x=[],y=[],m=[];for(let g=0;g<u;g++){let E=g*h-a;for(let C=0;C<l;C++){let M=C*f-s;x.push(M,-E,0),y.push(0,0,1),m.push(C/o),m.push(1-g/c)}}for(let g=0;g<c;g++)for(let E=0;E<o;E++){let C=E+l*g,M=E+l*(g+1),F=E+1+l*(g+1),D=E+1+l*g;p.push(C,M,D),p.push(M,F,D)}this.setIndex(p),this.setAttribute("position",new Or(x,3)),this.setAttribute("normal",new Or(y,3)),this.setAttribute("uv",new Or(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};function Ro(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(zx(r))r.isRenderTargetTexture?(_n("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(zx(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function Ki(n){let e={};for(let t=0;t<n.length;t++){let i=Ro(n[t]);for(let r in i)e[r]=i[r]}return e}function zx(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function oT(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function T0(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Nn.workingColorSpace}var Pv={clone:Ro,merge:Ki},lT=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,cT=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,Ss=class extends Fa{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=lT,this.fragmentShader=cT,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Ro(e.uniforms),this.uniformsGroups=oT(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new kn().setHex(r.value);break;case"v2":this.uniforms[i].value=new Cn().fromArray(r.value);break;case"v3":this.uniforms[i].value=new Me().fromArray(r.value);break;case"v4":this.uniforms[i].value=new _i().fromArray(r.value);break;case"m3":this.uniforms[i].value=new bn().fromArray(r.value);break;case"m4":this.uniforms[i].value=new gi().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},td=class extends Ss{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var nd=class extends Fa{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=mv,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},id=class extends Fa{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Sl(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function Nf(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var Ua=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];n:{e:{let a;t:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break e}a=t.length;break t}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let c=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===c)break;if(r=s,s=t[--i-1],e>=s)break e}a=i,i=0;break t}break n}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},rd=class extends Ua{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Vg,endingEnd:Vg}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],c=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case Hg:s=e,o=2*t-i;break;case Wg:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(c===void 0)switch(this.getSettings_().endingEnd){case Hg:a=e,c=2*i-t;break;case Wg:a=1,c=i+r[1]-r[0];break;default:a=e-1,c=t}let l=(i-t)*.5,u=this.valueSize;this._weightPrev=l/(t-o),this._weightNext=l/(c-i),this._offsetPrev=s*u,this._offsetNext=a*u}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this._offsetPrev,f=this._offsetNext,h=this._weightPrev,p=this._weightNext,x=(i-t)/(r-t),y=x*x,m=y*x,g=-h*m+2*h*y-h*x,E=(1+h)*m+(-1.5-2*h)*y+(-.5+h)*x+1,C=(-1-p)*m+(1.5+p)*y+.5*x,M=p*m-p*y;for(let F=0;F!==o;++F)s[F]=g*a[u+F]+E*a[l+F]+C*a[c+F]+M*a[f+F];return s}},sd=class extends Ua{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=(i-t)/(r-t),f=1-u;for(let h=0;h!==o;++h)s[h]=a[l+h]*f+a[c+h]*u;return s}},ad=class extends Ua{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},od=class extends Ua{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this.inTangents,f=this.outTangents;if(!u||!f){let x=(i-t)/(r-t),y=1-x;for(let m=0;m!==o;++m)s[m]=a[l+m]*y+a[c+m]*x;return s}let h=o*2,p=e-1;for(let x=0;x!==o;++x){let y=a[l+x],m=a[c+x],g=p*h+x*2,E=f[g],C=f[g+1],M=e*h+x*2,F=u[M],D=u[M+1],v=hT(i,t,E,F,r);s[x]=Lv(v,y,C,D,m)}return s}};function Lv(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function uT(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function hT(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=Lv(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let c=uT(s,e,t,i,r);if(Math.abs(c)<1e-10)break;s=Math.max(0,Math.min(1,s-o/c))}return s}var Mr=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Sl(t,this.TimeBufferType),this.values=Sl(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:Sl(e.times,Array),values:Sl(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),Nf(e.settings)&&(i.settings={inTangents:Sl(e.settings.inTangents,Array),outTangents:Sl(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new ad(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new sd(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new rd(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new od(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case su:t=this.InterpolantFactoryMethodDiscrete;break;case qf:t=this.InterpolantFactoryMethodLinear;break;case Uf:t=this.InterpolantFactoryMethodSmooth;break;case Gg:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return _n("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return su;case this.InterpolantFactoryMethodLinear:return qf;case this.InterpolantFactoryMethodSmooth:return Uf;case this.InterpolantFactoryMethodBezier:return Gg}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;Nf(this.settings)&&(Gx(this.settings.inTangents,e),Gx(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;Nf(this.settings)&&(Vx(this.settings.inTangents,e),Vx(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(yn("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(yn("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let c=i[o];if(typeof c=="number"&&isNaN(c)){yn("KeyframeTrack: Time is not a valid number.",this,o,c),e=!1;break}if(a!==null&&a>c){yn("KeyframeTrack: Out of order keys.",this,o,c,a),e=!1;break}a=c}if(r!==void 0&&wA(r))for(let o=0,c=r.length;o!==c;++o){let l=r[o];if(isNaN(l)){yn("KeyframeTrack: Value is not a valid number.",this,o,l),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===Uf,s=e.length-1,a=1;for(let o=1;o<s;++o){let c=!1,l=e[o],u=e[o+1];if(l!==u&&(o!==1||l!==e[0]))if(r)c=!0;else{let f=o*i,h=f-i,p=f+i;for(let x=0;x!==i;++x){let y=t[f+x];if(y!==t[h+x]||y!==t[p+x]){c=!0;break}}}if(c){if(o!==a){e[a]=e[o];let f=o*i,h=a*i;for(let p=0;p!==i;++p)t[h+p]=t[f+p]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,c=a*i,l=0;l!==i;++l)t[c+l]=t[o+l];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,Nf(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function Gx(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function Vx(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}Mr.prototype.ValueTypeName="";Mr.prototype.TimeBufferType=Float32Array;Mr.prototype.ValueBufferType=Float32Array;Mr.prototype.DefaultInterpolation=qf;var Ba=class extends Mr{constructor(e,t,i){super(e,t,i)}};Ba.prototype.ValueTypeName="bool";Ba.prototype.ValueBufferType=Array;Ba.prototype.DefaultInterpolation=su;Ba.prototype.InterpolantFactoryMethodLinear=void 0;Ba.prototype.InterpolantFactoryMethodSmooth=void 0;var ld=class extends Mr{constructor(e,t,i,r){super(e,t,i,r)}};ld.prototype.ValueTypeName="color";var cd=class extends Mr{constructor(e,t,i,r){super(e,t,i,r)}};cd.prototype.ValueTypeName="number";var ud=class extends Ua{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=(i-t)/(r-t),l=e*o;for(let u=l+o;l!==u;l+=4)yr.slerpFlat(s,0,a,l-o,a,l,c);return s}},xu=class extends Mr{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new ud(this.times,this.values,this.getValueSize(),e)}};xu.prototype.ValueTypeName="quaternion";xu.prototype.InterpolantFactoryMethodSmooth=void 0;var ka=class extends Mr{constructor(e,t,i){super(e,t,i)}};ka.prototype.ValueTypeName="string";ka.prototype.ValueBufferType=Array;ka.prototype.DefaultInterpolation=su;ka.prototype.InterpolantFactoryMethodLinear=void 0;ka.prototype.InterpolantFactoryMethodSmooth=void 0;var hd=class extends Mr{constructor(e,t,i,r){super(e,t,i,r)}};hd.prototype.ValueTypeName="vector";var fd=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,c,l=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(u){o++,s===!1&&r.onStart!==void 0&&r.onStart(u,a,o),s=!0},this.itemEnd=function(u){a++,r.onProgress!==void 0&&r.onProgress(u,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),c?c(u):u},this.setURLModifier=function(u){return c=u,this},this.addHandler=function(u,f){return l.push(u,f),this},this.removeHandler=function(u){let f=l.indexOf(u);return f!==-1&&l.splice(f,2),this},this.getHandler=function(u){for(let f=0,h=l.length;f<h;f+=2){let p=l[f],x=l[f+1];if(p.global&&(p.lastIndex=0),p.test(u))return x}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Dv=new fd,dd=class{constructor(e){this.manager=e!==void 0?e:Dv,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};dd.DEFAULT_MATERIAL_NAME="__DEFAULT";var Of=new Me,Ff=new yr,xs=new Me,vu=class extends br{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new gi,this.projectionMatrix=new gi,this.projectionMatrixInverse=new gi,this.coordinateSystem=Nr,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Of,Ff,xs),xs.x===1&&xs.y===1&&xs.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Of,Ff,xs.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(Of,Ff,xs),xs.x===1&&xs.y===1&&xs.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Of,Ff,xs.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},La=new Me,Hx=new Cn,Wx=new Cn,ir=class extends vu{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=wl*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(iu*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return wl*2*Math.atan(Math.tan(iu*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){La.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(La.x,La.y).multiplyScalar(-e/La.z),La.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(La.x,La.y).multiplyScalar(-e/La.z)}getViewSize(e,t){return this.getViewBounds(e,Hx,Wx),t.subVectors(Wx,Hx)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(iu*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let c=a.fullWidth,l=a.fullHeight;s+=a.offsetX*r/c,t-=a.offsetY*i/l,r*=a.width/c,i*=a.height/l}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var pd=class extends vu{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,c=r-t;if(this.view!==null&&this.view.enabled){let l=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=l*this.view.offsetX,a=s+l*this.view.width,o-=u*this.view.offsetY,c=o-u*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var bl=-90,Ml=1,Ll=class extends br{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new ir(bl,Ml,e,t);r.layers=this.layers,this.add(r);let s=new ir(bl,Ml,e,t);s.layers=this.layers,this.add(s);let a=new ir(bl,Ml,e,t);a.layers=this.layers,this.add(a);let o=new ir(bl,Ml,e,t);o.layers=this.layers,this.add(o);let c=new ir(bl,Ml,e,t);c.layers=this.layers,this.add(c);let l=new ir(bl,Ml,e,t);l.layers=this.layers,this.add(l)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,c]=t;for(let l of t)this.remove(l);if(e===Nr)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===ou)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let l of t)this.add(l),l.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,c,l,u]=this.children,f=e.getRenderTarget(),h=e.getActiveCubeFace(),p=e.getActiveMipmapLevel(),x=e.xr.enabled;e.xr.enabled=!1;let y=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let m=!1;e.isWebGLRenderer===!0?m=e.state.buffers.depth.getReversed():m=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(i,4,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),i.texture.mipmapsAutoUpdate=y,e.setRenderTarget(i,5,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(f,h,p),e.xr.enabled=x,i.texture.needsPMREMUpdate=!0}},md=class extends ir{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var w0="\\[\\]\\.:\\/",fT=new RegExp("["+w0+"]","g"),C0="[^"+w0+"]",dT="[^"+w0.replace("\\.","")+"]",pT=/((?:WC+[\/:])*)/.source.replace("WC",C0),mT=/(WCOD+)?/.source.replace("WCOD",dT),gT=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",C0),_T=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",C0),xT=new RegExp("^"+pT+mT+gT+_T+"$"),vT=["material","materials","bones","map"],$g=class{constructor(e,t,i){let r=i||ui.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},ui=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(fT,"")}static parseTrackName(e){let t=xT.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);vT.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let c=i(o.children);if(c)return c}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){_n("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let l=t.objectIndex;switch(i){case"materials":if(!e.material){yn("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){yn("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){yn("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===l){l=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){yn("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){yn("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){yn("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(l!==void 0){if(e[l]===void 0){yn("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[l]}}let a=e[r];if(a===void 0){let l=t.nodeName;yn("PropertyBinding: Trying to update property for track: "+l+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){yn("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){yn("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}c=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(c=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ui.Composite=$g;ui.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ui.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ui.prototype.GetterByBindingType=[ui.prototype._getValue_direct,ui.prototype._getValue_array,ui.prototype._getValue_arrayElement,ui.prototype._getValue_toArray];ui.prototype.SetterByBindingTypeAndVersioning=[[ui.prototype._setValue_direct,ui.prototype._setValue_direct_setNeedsUpdate,ui.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ui.prototype._setValue_array,ui.prototype._setValue_array_setNeedsUpdate,ui.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ui.prototype._setValue_arrayElement,ui.prototype._setValue_arrayElement_setNeedsUpdate,ui.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ui.prototype._setValue_fromArray,ui.prototype._setValue_fromArray_setNeedsUpdate,ui.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var nP=new Float32Array(1);var Dl=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=On(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(On(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var N0=class N0{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};N0.prototype.isMatrix2=!0;var Yg=N0;var yu=class extends qr{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function R0(n,e,t,i){let r=yT(i);switch(t){case d0:return n*e;case m0:return n*e/r.components*r.byteLength;case Md:return n*e/r.components*r.byteLength;case Ha:return n*e*2/r.components*r.byteLength;case Ed:return n*e*2/r.components*r.byteLength;case p0:return n*e*3/r.components*r.byteLength;case Jr:return n*e*4/r.components*r.byteLength;case Ad:return n*e*4/r.components*r.byteLength;case Mu:case Eu:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Au:case Tu:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case wd:case Rd:return Math.max(n,16)*Math.max(e,8)/4;case Td:case Cd:return Math.max(n,8)*Math.max(e,8)/2;case Id:case Pd:case Dd:case Nd:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Ld:case wu:case Od:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Fd:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Ud:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case Bd:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case kd:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case zd:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case Gd:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Vd:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case Hd:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case Wd:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case Xd:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case $d:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case Yd:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case qd:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case Zd:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case jd:case Kd:case Jd:return Math.ceil(n/4)*Math.ceil(e/4)*16;case Qd:case ep:return Math.ceil(n/4)*Math.ceil(e/4)*8;case Cu:case tp:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function yT(n){switch(n){case Er:case c0:return{byteLength:1,components:1};case Ul:case u0:case Kr:return{byteLength:2,components:1};case Sd:case bd:return{byteLength:2,components:4};case Zr:case yd:case jr:return{byteLength:4,components:1};case h0:case f0:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?_n("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function ty(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function bT(n){let e=new WeakMap;function t(o,c){let l=o.array,u=o.usage,f=l.byteLength,h=n.createBuffer();n.bindBuffer(c,h),n.bufferData(c,l,u),o.onUploadCallback();let p;if(l instanceof Float32Array)p=n.FLOAT;else if(typeof Float16Array<"u"&&l instanceof Float16Array)p=n.HALF_FLOAT;else if(l instanceof Uint16Array)o.isFloat16BufferAttribute?p=n.HALF_FLOAT:p=n.UNSIGNED_SHORT;else if(l instanceof Int16Array)p=n.SHORT;else if(l instanceof Uint32Array)p=n.UNSIGNED_INT;else if(l instanceof Int32Array)p=n.INT;else if(l instanceof Int8Array)p=n.BYTE;else if(l instanceof Uint8Array)p=n.UNSIGNED_BYTE;else if(l instanceof Uint8ClampedArray)p=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+l);return{buffer:h,type:p,bytesPerElement:l.BYTES_PER_ELEMENT,version:o.version,size:f}}function i(o,c,l){let u=c.array,f=c.updateRanges;if(n.bindBuffer(l,o),f.length===0)n.bufferSubData(l,0,u);else{f.sort((p,x)=>p.start-x.start);let h=0;for(let p=1;p<f.length;p++){let x=f[h],y=f[p];y.start<=x.start+x.count+1?x.count=Math.max(x.count,y.start+y.count-x.start):(++h,f[h]=y)}f.length=h+1;for(let p=0,x=f.length;p<x;p++){let y=f[p];n.bufferSubData(l,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}c.clearUpdateRanges()}c.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let c=e.get(o);c&&(n.deleteBuffer(c.buffer),e.delete(o))}function a(o,c){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let u=e.get(o);(!u||u.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let l=e.get(o);if(l===void 0)e.set(o,t(o,c));else if(l.version<o.version){if(l.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(l.buffer,o,c),l.version=o.version}}return{get:r,remove:s,update:a}}var MT=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,ET=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,AT=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,TT=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,wT=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,CT=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,RT=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,IT=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,PT=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,LT=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,DT=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,NT=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,OT=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,FT=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,UT=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,BT=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,kT=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,zT=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,GT=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,VT=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,HT=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,WT=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,XT=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,$T=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,YT=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,qT=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,ZT=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,jT=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,KT=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,JT="gl_FragColor = linearToOutputTexel( gl_FragColor );",QT=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,ew=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,tw=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,nw=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,iw=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,rw=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,sw=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,aw=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,ow=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,lw=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,cw=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,uw=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,hw=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,fw=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,dw=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,pw=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,mw=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,gw=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,_w=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,xw=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,vw=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,yw=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,Sw=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,bw=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,Mw=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,Ew=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,Aw=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,Tw=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,ww=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Cw=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,Rw=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Iw=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,Pw=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,Lw=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Dw=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Nw=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Ow=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,Fw=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,Uw=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Bw=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,kw=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,zw=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,Gw=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Vw=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Hw=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Ww=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Xw=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,$w=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,Yw=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,qw=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,Zw=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,jw=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Kw=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,Jw=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Qw=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,e1=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,t1=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,n1=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,i1=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,r1=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,s1=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,a1=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,o1=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,l1=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,c1=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,u1=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,h1=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,f1=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,d1=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,p1=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,m1=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,g1=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,_1=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,x1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,v1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,y1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,S1=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,b1=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,M1=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,E1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,A1=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,T1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,w1=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,C1=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,R1=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,I1=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,P1=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,L1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,D1=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,N1=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,O1=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,F1=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,U1=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,B1=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,k1=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,z1=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,G1=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,V1=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,H1=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,W1=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,X1=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,$1=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,Y1=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,q1=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Z1=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,j1=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,K1=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,J1=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Q1=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,eC=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,tC=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Ln={alphahash_fragment:MT,alphahash_pars_fragment:ET,alphamap_fragment:AT,alphamap_pars_fragment:TT,alphatest_fragment:wT,alphatest_pars_fragment:CT,aomap_fragment:RT,aomap_pars_fragment:IT,batching_pars_vertex:PT,batching_vertex:LT,begin_vertex:DT,beginnormal_vertex:NT,bsdfs:OT,iridescence_fragment:FT,bumpmap_pars_fragment:UT,clipping_planes_fragment:BT,clipping_planes_pars_fragment:kT,clipping_planes_pars_vertex:zT,clipping_planes_vertex:GT,color_fragment:VT,color_pars_fragment:HT,color_pars_vertex:WT,color_vertex:XT,common:$T,defaultnormal_vertex:YT,displacementmap_pars_vertex:qT,displacementmap_vertex:ZT,emissivemap_fragment:jT,emissivemap_pars_fragment:KT,colorspace_fragment:JT,colorspace_pars_fragment:QT,envmap_fragment:ew,envmap_common_pars_fragment:tw,envmap_pars_fragment:nw,envmap_pars_vertex:iw,envmap_physical_pars_fragment:pw,envmap_vertex:rw,fog_vertex:sw,fog_pars_vertex:aw,fog_fragment:ow,fog_pars_fragment:lw,gradientmap_pars_fragment:cw,lightmap_pars_fragment:uw,lights_lambert_fragment:hw,lights_lambert_pars_fragment:fw,lights_pars_begin:dw,lights_toon_fragment:mw,lights_toon_pars_fragment:gw,lights_phong_fragment:_w,lights_phong_pars_fragment:xw,lights_physical_fragment:vw,lights_physical_pars_fragment:yw,lights_fragment_begin:Sw,lights_fragment_maps:bw,lights_fragment_end:Mw,lightprobes_pars_fragment:Ew,logdepthbuf_fragment:Aw,logdepthbuf_pars_fragment:Tw,logdepthbuf_pars_vertex:ww,logdepthbuf_vertex:Cw,map_fragment:Rw,map_pars_fragment:Iw,map_particle_fragment:Pw,map_particle_pars_fragment:Lw,metalnessmap_fragment:Dw,metalnessmap_pars_fragment:Nw,morphinstance_vertex:Ow,morphcolor_vertex:Fw,morphnormal_vertex:Uw,morphtarget_pars_vertex:Bw,morphtarget_vertex:kw,normal_fragment_begin:zw,normal_fragment_maps:Gw,normal_pars_fragment:Vw,normal_pars_vertex:Hw,normal_vertex:Ww,normalmap_pars_fragment:Xw,clearcoat_normal_fragment_begin:$w,clearcoat_normal_fragment_maps:Yw,clearcoat_pars_fragment:qw,iridescence_pars_fragment:Zw,opaque_fragment:jw,packing:Kw,premultiplied_alpha_fragment:Jw,project_vertex:Qw,dithering_fragment:e1,dithering_pars_fragment:t1,roughnessmap_fragment:n1,roughnessmap_pars_fragment:i1,shadowmap_pars_fragment:r1,shadowmap_pars_vertex:s1,shadowmap_vertex:a1,shadowmask_pars_fragment:o1,skinbase_vertex:l1,skinning_pars_vertex:c1,skinning_vertex:u1,skinnormal_vertex:h1,specularmap_fragment:f1,specularmap_pars_fragment:d1,tonemapping_fragment:p1,tonemapping_pars_fragment:m1,transmission_fragment:g1,transmission_pars_fragment:_1,uv_pars_fragment:x1,uv_pars_vertex:v1,uv_vertex:y1,worldpos_vertex:S1,background_vert:b1,background_frag:M1,backgroundCube_vert:E1,backgroundCube_frag:A1,cube_vert:T1,cube_frag:w1,depth_vert:C1,depth_frag:R1,distance_vert:I1,distance_frag:P1,equirect_vert:L1,equirect_frag:D1,linedashed_vert:N1,linedashed_frag:O1,meshbasic_vert:F1,meshbasic_frag:U1,meshlambert_vert:B1,meshlambert_frag:k1,meshmatcap_vert:z1,meshmatcap_frag:G1,meshnormal_vert:V1,meshnormal_frag:H1,meshphong_vert:W1,meshphong_frag:X1,meshphysical_vert:$1,meshphysical_frag:Y1,meshtoon_vert:q1,meshtoon_frag:Z1,points_vert:j1,points_frag:K1,shadow_vert:J1,shadow_frag:Q1,sprite_vert:eC,sprite_frag:tC},Vt={common:{diffuse:{value:new kn(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new bn},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new bn}},envmap:{envMap:{value:null},envMapRotation:{value:new bn},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new bn}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new bn}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new bn},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new bn},normalScale:{value:new Cn(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new bn},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new bn}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new bn}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new bn}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new kn(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new kn(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0},uvTransform:{value:new bn}},sprite:{diffuse:{value:new kn(16777215)},opacity:{value:1},center:{value:new Cn(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new bn},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0}}},As={basic:{uniforms:Ki([Vt.common,Vt.specularmap,Vt.envmap,Vt.aomap,Vt.lightmap,Vt.fog]),vertexShader:Ln.meshbasic_vert,fragmentShader:Ln.meshbasic_frag},lambert:{uniforms:Ki([Vt.common,Vt.specularmap,Vt.envmap,Vt.aomap,Vt.lightmap,Vt.emissivemap,Vt.bumpmap,Vt.normalmap,Vt.displacementmap,Vt.fog,Vt.lights,{emissive:{value:new kn(0)},envMapIntensity:{value:1}}]),vertexShader:Ln.meshlambert_vert,fragmentShader:Ln.meshlambert_frag},phong:{uniforms:Ki([Vt.common,Vt.specularmap,Vt.envmap,Vt.aomap,Vt.lightmap,Vt.emissivemap,Vt.bumpmap,Vt.normalmap,Vt.displacementmap,Vt.fog,Vt.lights,{emissive:{value:new kn(0)},specular:{value:new kn(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Ln.meshphong_vert,fragmentShader:Ln.meshphong_frag},standard:{uniforms:Ki([Vt.common,Vt.envmap,Vt.aomap,Vt.lightmap,Vt.emissivemap,Vt.bumpmap,Vt.normalmap,Vt.displacementmap,Vt.roughnessmap,Vt.metalnessmap,Vt.fog,Vt.lights,{emissive:{value:new kn(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Ln.meshphysical_vert,fragmentShader:Ln.meshphysical_frag},toon:{uniforms:Ki([Vt.common,Vt.aomap,Vt.lightmap,Vt.emissivemap,Vt.bumpmap,Vt.normalmap,Vt.displacementmap,Vt.gradientmap,Vt.fog,Vt.lights,{emissive:{value:new kn(0)}}]),vertexShader:Ln.meshtoon_vert,fragmentShader:Ln.meshtoon_frag},matcap:{uniforms:Ki([Vt.common,Vt.bumpmap,Vt.normalmap,Vt.displacementmap,Vt.fog,{matcap:{value:null}}]),vertexShader:Ln.meshmatcap_vert,fragmentShader:Ln.meshmatcap_frag},points:{uniforms:Ki([Vt.points,Vt.fog]),vertexShader:Ln.points_vert,fragmentShader:Ln.points_frag},dashed:{uniforms:Ki([Vt.common,Vt.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Ln.linedashed_vert,fragmentShader:Ln.linedashed_frag},depth:{uniforms:Ki([Vt.common,Vt.displacementmap]),vertexShader:Ln.depth_vert,fragmentShader:Ln.depth_frag},normal:{uniforms:Ki([Vt.common,Vt.bumpmap,Vt.normalmap,Vt.displacementmap,{opacity:{value:1}}]),vertexShader:Ln.meshnormal_vert,fragmentShader:Ln.meshnormal_frag},sprite:{uniforms:Ki([Vt.sprite,Vt.fog]),vertexShader:Ln.sprite_vert,fragmentShader:Ln.sprite_frag},background:{uniforms:{uvTransform:{value:new bn},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Ln.background_vert,fragmentShader:Ln.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new bn}},vertexShader:Ln.backgroundCube_vert,fragmentShader:Ln.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Ln.cube_vert,fragmentShader:Ln.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Ln.equirect_vert,fragmentShader:Ln.equirect_frag},distance:{uniforms:Ki([Vt.common,Vt.displacementmap,{referencePosition:{value:new Me},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Ln.distance_vert,fragmentShader:Ln.distance_frag},shadow:{uniforms:Ki([Vt.lights,Vt.fog,{color:{value:new kn(0)},opacity:{value:1}}]),vertexShader:Ln.shadow_vert,fragmentShader:Ln.shadow_frag}};As.physical={uniforms:Ki([As.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new bn},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new bn},clearcoatNormalScale:{value:new Cn(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new bn},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new bn},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new bn},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new bn},sheen:{value:0},sheenColor:{value:new kn(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new bn},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new bn},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new bn},transmissionSamplerSize:{value:new Cn},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new bn},attenuationDistance:{value:0},attenuationColor:{value:new kn(0)},specularColor:{value:new kn(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new bn},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new bn},anisotropyVector:{value:new Cn},anisotropyMap:{value:null},anisotropyMapTransform:{value:new bn}}]),vertexShader:Ln.meshphysical_vert,fragmentShader:Ln.meshphysical_frag};var np={r:0,b:0,g:0},nC=new gi,ny=new bn;ny.set(-1,0,0,0,1,0,0,0,1);function iC(n,e,t,i,r,s){let a=new kn(0),o=r===!0?0:1,c,l,u=null,f=0,h=null;function p(E){let C=E.isScene===!0?E.background:null;if(C&&C.isTexture){let M=E.backgroundBlurriness>0;C=e.get(C,M)}return C}function x(E){let C=!1,M=p(E);M===null?m(a,o):M&&M.isColor&&(m(M,1),C=!0);let F=n.xr.getEnvironmentBlendMode();F==="additive"?t.buffers.color.setClear(0,0,0,1,s):F==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||C)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function y(E,C){let M=p(C);M&&M.isCubeTexture?(l===void 0&&(l=new ys(new Pl(1,1,1),new Ss({name:"BackgroundCubeMaterial",uniforms:Ro(As.backgroundCube.uniforms),vertexShader:As.backgroundCube.vertexShader,fragmentShader:As.backgroundCube.fragmentShader,side:ar,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),l.geometry.deleteAttribute("uv"),l.onBeforeRender=function(F,D,v){this.matrixWorld.copyPosition(v.matrixWorld)},Object.defineProperty(l.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(l)),l.material.uniforms.envMap.value=M,l.material.uniforms.backgroundBlurriness.value=C.backgroundBlurriness,l.material.uniforms.backgroundIntensity.value=C.backgroundIntensity,l.material.uniforms.backgroundRotation.value.setFromMatrix4(nC.makeRotationFromEuler(C.backgroundRotation)).transpose(),M.isRenderTargetTexture===!1&&l.material.uniforms.backgroundRotation.value.premultiply(ny),l.material.toneMapped=Nn.getTransfer(M.colorSpace)!==jn,(u!==M||f!==M.version||h!==n.toneMapping)&&(l.material.needsUpdate=!0,u=M,f=M.version,h=n.toneMapping),l.layers.enableAll(),E.unshift(l,l.geometry,l.material,0,0,null)):M&&M.isTexture&&(c===void 0&&(c=new ys(new _u(2,2),new Ss({name:"BackgroundMaterial",uniforms:Ro(As.background.uniforms),vertexShader:As.background.vertexShader,fragmentShader:As.background.fragmentShader,side:Va,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(c)),c.material.uniforms.t2D.value=M,c.material.uniforms.backgroundIntensity.value=C.backgroundIntensity,c.material.toneMapped=Nn.getTransfer(M.colorSpace)!==jn,M.matrixAutoUpdate===!0&&M.updateMatrix(),c.material.uniforms.uvTransform.value.copy(M.matrix),(u!==M||f!==M.version||h!==n.toneMapping)&&(c.material.needsUpdate=!0,u=M,f=M.version,h=n.toneMapping),c.layers.enableAll(),E.unshift(c,c.geometry,c.material,0,0,null))}function m(E,C){E.getRGB(np,T0(n)),t.buffers.color.setClear(np.r,np.g,np.b,C,s)}function g(){l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return a},setClearColor:function(E,C=1){a.set(E),o=C,m(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(E){o=E,m(a,o)},render:x,addToRenderList:y,dispose:g}}function rC(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=h(null),s=r,a=!1;function o(Z,se,me,V,xe){let ye=!1,ie=f(Z,V,me,se);s!==ie&&(s=ie,l(s.object)),ye=p(Z,V,me,xe),ye&&x(Z,V,me,xe),xe!==null&&e.update(xe,n.ELEMENT_ARRAY_BUFFER),(ye||a)&&(a=!1,M(Z,se,me,V),xe!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(xe).buffer))}function c(){return n.createVertexArray()}function l(Z){return n.bindVertexArray(Z)}function u(Z){return n.deleteVertexArray(Z)}function f(Z,se,me,V){let xe=V.wireframe===!0,ye=i[se.id];ye===void 0&&(ye={},i[se.id]=ye);let ie=Z.isInstancedMesh===!0?Z.id:0,De=ye[ie];De===void 0&&(De={},ye[ie]=De);let pe=De[me.id];pe===void 0&&(pe={},De[me.id]=pe);let Ie=pe[xe];return Ie===void 0&&(Ie=h(c()),pe[xe]=Ie),Ie}function h(Z){let se=[],me=[],V=[];for(let xe=0;xe<t;xe++)se[xe]=0,me[xe]=0,V[xe]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:se,enabledAttributes:me,attributeDivisors:V,object:Z,attributes:{},index:null}}function p(Z,se,me,V){let xe=s.attributes,ye=se.attributes,ie=0,De=me.getAttributes();for(let pe in De)if(De[pe].location>=0){let re=xe[pe],je=ye[pe];if(je===void 0&&(pe==="instanceMatrix"&&Z.instanceMatrix&&(je=Z.instanceMatrix),pe==="instanceColor"&&Z.instanceColor&&(je=Z.instanceColor)),re===void 0||re.attribute!==je||je&&re.data!==je.data)return!0;ie++}return s.attributesNum!==ie||s.index!==V}function x(Z,se,me,V){let xe={},ye=se.attributes,ie=0,De=me.getAttributes();for(let pe in De)if(De[pe].location>=0){let re=ye[pe];re===void 0&&(pe==="instanceMatrix"&&Z.instanceMatrix&&(re=Z.instanceMatrix),pe==="instanceColor"&&Z.instanceColor&&(re=Z.instanceColor));let je={};je.attribute=re,re&&re.data&&(je.data=re.data),xe[pe]=je,ie++}s.attributes=xe,s.attributesNum=ie,s.index=V}function y(){let Z=s.newAttributes;for(let se=0,me=Z.length;se<me;se++)Z[se]=0}function m(Z){g(Z,0)}function g(Z,se){let me=s.newAttributes,V=s.enabledAttributes,xe=s.attributeDivisors;me[Z]=1,V[Z]===0&&(n.enableVertexAttribArray(Z),V[Z]=1),xe[Z]!==se&&(n.vertexAttribDivisor(Z,se),xe[Z]=se)}function E(){let Z=s.newAttributes,se=s.enabledAttributes;for(let me=0,V=se.length;me<V;me++)se[me]!==Z[me]&&(n.disableVertexAttribArray(me),se[me]=0)}function C(Z,se,me,V,xe,ye,ie){ie===!0?n.vertexAttribIPointer(Z,se,me,xe,ye):n.vertexAttribPointer(Z,se,me,V,xe,ye)}function M(Z,se,me,V){y();let xe=V.attributes,ye=me.getAttributes(),ie=se.defaultAttributeValues;for(let De in ye){let pe=ye[De];if(pe.location>=0){let Ie=xe[De];if(Ie===void 0&&(De==="instanceMatrix"&&Z.instanceMatrix&&(Ie=Z.instanceMatrix),De==="instanceColor"&&Z.instanceColor&&(Ie=Z.instanceColor)),Ie!==void 0){let re=Ie.normalized,je=Ie.itemSize,kt=e.get(Ie);if(kt===void 0)continue;let Ee=kt.buffer,Xe=kt.type,wt=kt.bytesPerElement,Yt=Xe===n.INT||Xe===n.UNSIGNED_INT||Ie.gpuType===yd;if(Ie.isInterleavedBufferAttribute){let nt=Ie.data,tn=nt.isInterleavedBuffer===!0?nt.stride:nt.itemSize,In=Ie.offset;if(nt.isInstancedInterleavedBuffer||nt.isInstancedBufferAttribute){for(let Kt=0;Kt<pe.locationSize;Kt++)g(pe.location+Kt,nt.meshPerAttribute);Z.isInstancedMesh!==!0&&V._maxInstanceCount===void 0&&(V._maxInstanceCount=nt.meshPerAttribute*nt.count)}else for(let Kt=0;Kt<pe.locationSize;Kt++)m(pe.location+Kt);n.bindBuffer(n.ARRAY_BUFFER,Ee);for(let Kt=0;Kt<pe.locationSize;Kt++)C(pe.location+Kt,je/pe.locationSize,Xe,re,tn*wt,(In+je/pe.locationSize*Kt)*wt,Yt)}else{if(Ie.isInstancedBufferAttribute){for(let nt=0;nt<pe.locationSize;nt++)g(pe.location+nt,Ie.meshPerAttribute);Z.isInstancedMesh!==!0&&V._maxInstanceCount===void 0&&(V._maxInstanceCount=Ie.meshPerAttribute*Ie.count)}else for(let nt=0;nt<pe.locationSize;nt++)m(pe.location+nt);n.bindBuffer(n.ARRAY_BUFFER,Ee);for(let nt=0;nt<pe.locationSize;nt++)C(pe.location+nt,je/pe.locationSize,Xe,re,je*wt,je/pe.locationSize*nt*wt,Yt)}}else if(ie!==void 0){let re=ie[De];if(re!==void 0)switch(re.length){case 2:n.vertexAttrib2fv(pe.location,re);break;case 3:n.vertexAttrib3fv(pe.location,re);break;case 4:n.vertexAttrib4fv(pe.location,re);break;default:n.vertexAttrib1fv(pe.location,re)}}}}E()}function F(){q();for(let Z in i){let se=i[Z];for(let me in se){let V=se[me];for(let xe in V){let ye=V[xe];for(let ie in ye)u(ye[ie].object),delete ye[ie];delete V[xe]}}delete i[Z]}}function D(Z){if(i[Z.id]===void 0)return;let se=i[Z.id];for(let me in se){let V=se[me];for(let xe in V){let ye=V[xe];for(let ie in ye)u(ye[ie].object),delete ye[ie];delete V[xe]}}delete i[Z.id]}function v(Z){for(let se in i){let me=i[se];for(let V in me){let xe=me[V];if(xe[Z.id]===void 0)continue;let ye=xe[Z.id];for(let ie in ye)u(ye[ie].object),delete ye[ie];delete xe[Z.id]}}}function w(Z){for(let se in i){let me=i[se],V=Z.isInstancedMesh===!0?Z.id:0,xe=me[V];if(xe!==void 0){for(let ye in xe){let ie=xe[ye];for(let De in ie)u(ie[De].object),delete ie[De];delete xe[ye]}delete me[V],Object.keys(me).length===0&&delete i[se]}}}function q(){X(),a=!0,s!==r&&(s=r,l(s.object))}function X(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:q,resetDefaultState:X,dispose:F,releaseStatesOfGeometry:D,releaseStatesOfObject:w,releaseStatesOfProgram:v,initAttributes:y,enableAttribute:m,disableUnusedAttributes:E}}function sC(n,e,t){let i;function r(c){i=c}function s(c,l){n.drawArrays(i,c,l),t.update(l,i,1)}function a(c,l,u){u!==0&&(n.drawArraysInstanced(i,c,l,u),t.update(l,i,u))}function o(c,l,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,c,0,l,0,u);let h=0;for(let p=0;p<u;p++)h+=l[p];t.update(h,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function aC(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let v=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(v.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(v){return!(v!==Jr&&i.convert(v)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(v){let w=v===Kr&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(v!==Er&&v!==jr&&!w&&i.convert(v)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function c(v){if(v==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";v="mediump"}return v==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let l=t.precision!==void 0?t.precision:"highp",u=c(l);u!==l&&(_n("WebGLRenderer:",l,"not supported, using",u,"instead."),l=u);let f=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),h=t.logarithmicDepthBuffer===!0&&f===!1;t.reversedDepthBuffer===!0&&f===!1&&_n("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&f===!0&&_n("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let p=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),x=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=n.getParameter(n.MAX_TEXTURE_SIZE),m=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),g=n.getParameter(n.MAX_VERTEX_ATTRIBS),E=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),C=n.getParameter(n.MAX_VARYING_VECTORS),M=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),F=n.getParameter(n.MAX_SAMPLES),D=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:c,textureFormatReadable:a,textureTypeReadable:o,precision:l,logarithmicDepthBuffer:h,reversedDepthBuffer:f,maxTextures:p,maxVertexTextures:x,maxTextureSize:y,maxCubemapSize:m,maxAttributes:g,maxVertexUniforms:E,maxVaryings:C,maxFragmentUniforms:M,maxSamples:F,samples:D}}function oC(n){let e=this,t=null,i=0,r=!1,s=!1,a=new vr,o=new bn,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(f,h){let p=f.length!==0||h||i!==0||r;return r=h,i=f.length,p},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(f,h){t=u(f,h,0)},this.setState=function(f,h,p){let x=f.clippingPlanes,y=f.clipIntersection,m=f.clipShadows,g=n.get(f);if(!r||x===null||x.length===0||s&&!m)s?u(null):l();else{let E=s?0:i,C=E*4,M=g.clippingState||null;c.value=M,M=u(x,h,C,p);for(let F=0;F!==C;++F)M[F]=t[F];g.clippingState=M,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=E}};function l(){c.value!==t&&(c.value=t,c.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function u(f,h,p,x){let y=f!==null?f.length:0,m=null;if(y!==0){if(m=c.value,x!==!0||m===null){let g=p+y*4,E=h.matrixWorldInverse;o.getNormalMatrix(E),(m===null||m.length<g)&&(m=new Float32Array(g));for(let C=0,M=p;C!==y;++C,M+=4)a.copy(f[C]).applyMatrix4(E,o),a.normal.toArray(m,M),m[M+3]=a.constant}c.value=m,c.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,m}}var Pu=class extends Sr{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new pu(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},r=new Pl(5,5,5),s=new Ss({name:"CubemapFromEquirect",uniforms:Ro(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:ar,blending:Ao});s.uniforms.tEquirect.value=t;let a=new ys(r,s),o=t.minFilter;return t.minFilter===Zs&&(t.minFilter=sr),new Ll(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},Nv=256,lC=3,cC=20,iy=256,ry=16,uC=3,hC=new Me,fC=new kn,rp=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Ll(1,10,null),this._boxMesh=new ys(new Pl(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=hC}=s,c=this._renderer;this._setSize(a);let l=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let f=c.autoClear,h=c.autoClearColor,p=c.autoClearDepth,x=c.autoClearStencil,y=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,y===null&&(e.background=c.getClearColor(fC));let m=new Ll(i,r,u);return m.position.copy(o),m.update(c,e),c.autoClear=f,c.autoClearColor=h,c.autoClearDepth=p,c.autoClearStencil=x,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(l,t)),this._applyPMREM(l),l}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Uv(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Fv(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Nv,M0(e))}_fromTexture(e,t){e.mapping===wo||e.mapping===Fl?this._setSize(e.image.length===0?Nv:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=Ov(e,!1,!1),i=Math.log2(e)-lC;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=Ov(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===wo||e.mapping===Fl?(this._cubemapMaterial===null&&(this._cubemapMaterial=Uv()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Fv()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=dC(),this._integrationMaterial=pC());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/ry);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-uC)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let c=o>0?Math.log2(t)+.5*Math.log2(6/(iy*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=c,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=mC());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function Ov(n,e,t){return new Pu(n,{minFilter:Zs,generateMipmaps:e,type:Kr,colorSpace:yo,depthBuffer:t})}function Lu(n,e,t){return new Ss({name:n,uniforms:e,vertexShader:Ln.cube_vert,fragmentShader:t,side:ar,blending:Ao,depthTest:!1,depthWrite:!1})}function dC(){return Lu("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${iy}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function pC(){return Lu("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:ry}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function mC(){return Lu("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${cC}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function Fv(){return Lu("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function Uv(){return Lu("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function gC(n){let e=new WeakMap,t=new WeakMap,i=null;function r(h,p=!1){return h==null?null:p?a(h):s(h)}function s(h){if(h&&h.isTexture){let p=h.mapping;if(p===_d||p===xd)if(e.has(h)){let x=e.get(h).texture;return o(x,h.mapping)}else{let x=h.image;if(x&&x.height>0){let y=new Pu(x.height);return y.fromEquirectangularTexture(n,h),e.set(h,y),h.addEventListener("dispose",l),o(y.texture,h.mapping)}else return null}}return h}function a(h){if(h&&h.isTexture&&h.isPMREMTexture!==!0){let p=h.mapping,x=p===_d||p===xd,y=p===wo||p===Fl;if(x||y){let m=t.get(h),g=m!==void 0?m.texture.pmremVersion:0;if(h.isRenderTargetTexture&&h.pmremVersion!==g)return i===null&&(i=new rp(n)),m=x?i.fromEquirectangular(h,m):i.fromCubemap(h,m),m.texture.pmremVersion=h.pmremVersion,t.set(h,m),m.texture;if(m!==void 0)return m.texture;{let E=h.image;return x&&E&&E.height>0||y&&E&&c(E)?(i===null&&(i=new rp(n)),m=x?i.fromEquirectangular(h):i.fromCubemap(h),m.texture.pmremVersion=h.pmremVersion,t.set(h,m),h.addEventListener("dispose",u),m.texture):null}}}return h}function o(h,p){return p===_d?h.mapping=wo:p===xd&&(h.mapping=Fl),h}function c(h){let p=0,x=6;for(let y=0;y<x;y++)h[y]!==void 0&&p++;return p===x}function l(h){let p=h.target;p.removeEventListener("dispose",l);let x=e.get(p);x!==void 0&&(e.delete(p),x.dispose())}function u(h){let p=h.target;p.removeEventListener("dispose",u);let x=t.get(p);x!==void 0&&(t.delete(p),x.dispose())}function f(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:f}}function _C(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&nu("WebGLRenderer: "+i+" extension not supported."),r}}}function xC(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(x=>delete r[x]);function o(x){c(x.target)}function c(x){x.index!==null&&e.remove(x.index);for(let m in x.attributes)e.remove(x.attributes[m]);x.removeEventListener("dispose",o),delete r[x.id],a.unregister(x);let y=s.get(x);y&&(e.remove(y),s.delete(x)),i.releaseStatesOfGeometry(x),x.isInstancedBufferGeometry===!0&&delete x._maxInstanceCount,t.memory.geometries--}function l(x,y){return r[y.id]!==void 0||(y.addEventListener("dispose",o),r[y.id]=new WeakRef(y),a.register(y,y.id,y),t.memory.geometries++),y}function u(x){let y=x.attributes;for(let m in y)e.update(y[m],n.ARRAY_BUFFER)}function f(x){let y=x.index,m=x.attributes.position,g=0;if(m===void 0)return;let E=y!==null?y.array.length:m.array.length/3-1,C=m.count>=65535?du:fu,M=new C(Math.ceil(E/3)*6,1),F=M.array;if(y!==null){let v=y.array;g=y.version;for(let w=0,q=0;w<E;w+=3){let X=v[w+0],Z=v[w+1],se=v[w+2];F[q++]=X,F[q++]=Z,F[q++]=Z,F[q++]=se,F[q++]=se,F[q++]=X}}else{g=m.version;for(let v=0,w=0;v<E;v+=3){let q=v+0,X=v+1,Z=v+2;F[w++]=q,F[w++]=X,F[w++]=X,F[w++]=Z,F[w++]=Z,F[w++]=q}}M.version=g;let D=s.get(x);D&&e.remove(D),s.set(x,M)}function h(x){let y=s.get(x);if(y){let m=x.index;m!==null&&y.version<m.version&&f(x)}else f(x);return s.get(x)}function p(){for(let x in r){let y=r[x].deref();y!==void 0&&c(y)}}return{get:l,update:u,getWireframeAttribute:h,dispose:p}}function vC(n,e,t){let i;function r(f){i=f}let s,a;function o(f){s=f.type,a=f.bytesPerElement}function c(f,h){n.drawElements(i,h,s,f*a),t.update(h,i,1)}function l(f,h,p){p!==0&&(n.drawElementsInstanced(i,h,s,f*a,p),t.update(h,i,p))}function u(f,h,p){if(p===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,h,0,s,f,0,p);let y=0;for(let m=0;m<p;m++)y+=h[m];t.update(y,i,1)}this.setMode=r,this.setIndex=o,this.render=c,this.renderInstances=l,this.renderMultiDraw=u}function yC(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:yn("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function SC(n,e,t){let i=new WeakMap,r=new _i;function s(a,o,c){let l=a.morphTargetInfluences,u=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,f=u!==void 0?u.length:0,h=i.get(o);if(h===void 0||h.count!==f){let q=function(){v.dispose(),i.delete(o),o.removeEventListener("dispose",q)};h!==void 0&&h.texture.dispose();let p=o.morphAttributes.position!==void 0,x=o.morphAttributes.normal!==void 0,y=o.morphAttributes.color!==void 0,m=o.morphAttributes.position||[],g=o.morphAttributes.normal||[],E=o.morphAttributes.color||[],C=0;p===!0&&(C=1),x===!0&&(C=2),y===!0&&(C=3);let M=o.attributes.position.count*C,F=1;M>e.maxTextureSize&&(F=Math.ceil(M/e.maxTextureSize),M=e.maxTextureSize);let D=new Float32Array(M*F*4*f),v=new cu(D,M,F,f);v.type=jr,v.needsUpdate=!0;let w=C*4;for(let X=0;X<f;X++){let Z=m[X],se=g[X],me=E[X],V=M*F*4*X;for(let xe=0;xe<Z.count;xe++){let ye=xe*w;p===!0&&(r.fromBufferAttribute(Z,xe),D[V+ye+0]=r.x,D[V+ye+1]=r.y,D[V+ye+2]=r.z,D[V+ye+3]=0),x===!0&&(r.fromBufferAttribute(se,xe),D[V+ye+4]=r.x,D[V+ye+5]=r.y,D[V+ye+6]=r.z,D[V+ye+7]=0),y===!0&&(r.fromBufferAttribute(me,xe),D[V+ye+8]=r.x,D[V+ye+9]=r.y,D[V+ye+10]=r.z,D[V+ye+11]=me.itemSize===4?r.w:1)}}h={count:f,texture:v,size:new Cn(M,F)},i.set(o,h),o.addEventListener("dispose",q)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)c.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let p=0;for(let y=0;y<l.length;y++)p+=l[y];let x=o.morphTargetsRelative?1:1-p;c.getUniforms().setValue(n,"morphTargetBaseInfluence",x),c.getUniforms().setValue(n,"morphTargetInfluences",l)}c.getUniforms().setValue(n,"morphTargetsTexture",h.texture,t),c.getUniforms().setValue(n,"morphTargetsTextureSize",h.size)}return{update:s}}function bC(n,e,t,i,r){let s=new WeakMap;function a(l){let u=r.render.frame,f=l.geometry,h=e.get(l,f);if(s.get(h)!==u&&(e.update(h),s.set(h,u)),l.isInstancedMesh&&(l.hasEventListener("dispose",c)===!1&&l.addEventListener("dispose",c),s.get(l)!==u&&(t.update(l.instanceMatrix,n.ARRAY_BUFFER),l.instanceColor!==null&&t.update(l.instanceColor,n.ARRAY_BUFFER),s.set(l,u))),l.isSkinnedMesh){let p=l.skeleton;s.get(p)!==u&&(p.update(),s.set(p,u))}return h}function o(){s=new WeakMap}function c(l){let u=l.target;u.removeEventListener("dispose",c),i.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:a,dispose:o}}var MC={[t0]:"LINEAR_TONE_MAPPING",[n0]:"REINHARD_TONE_MAPPING",[i0]:"CINEON_TONE_MAPPING",[r0]:"ACES_FILMIC_TONE_MAPPING",[a0]:"AGX_TONE_MAPPING",[o0]:"NEUTRAL_TONE_MAPPING",[s0]:"CUSTOM_TONE_MAPPING"};function EC(n,e,t,i,r,s){let a=new Sr(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,c=null,l=null,u=new Fr;u.setAttribute("position",new Or([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Or([0,2,0,0,2,0],2));let f=new td({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),h=new ys(u,f),p=new pd(-1,1,1,-1,0,1),x=null,y=null,m=!1,g,E=null,C=[],M=!1;this.setSize=function(F,D){a.setSize(F,D),o!==null&&o.setSize(F,D),c!==null&&c.setSize(F,D);for(let v=0;v<C.length;v++){let w=C[v];w.setSize&&w.setSize(F,D)}},this.setEffects=function(F){C=F,M=C.length>0&&C[0].isRenderPass===!0;let D=a.width,v=a.height;C.length>0&&o===null&&(o=new Sr(D,v,{type:Kr,depthBuffer:!1,stencilBuffer:!1}),c=new Sr(D,v,{type:Kr,depthBuffer:!1,stencilBuffer:!1}));let w=r===!0&&C.some(q=>q.needsDepthTexture===!0);w!==(a.depthTexture!==null)&&(w===!0&&l===null&&(l=new qs(D,v),s===!0&&(l.format=js,l.type=Co)),a.dispose(),a.depthTexture=w?l:null,a.resolveDepthBuffer=w,a.storeMultisampledDepthBuffer=w);for(let q=0;q<C.length;q++){let X=C[q];X.setSize&&X.setSize(D,v),w&&X.needsDepthTexture===!0&&X.setDepthTexture&&X.setDepthTexture(l)}},this.begin=function(F,D){if(m||F.toneMapping===Ms&&C.length===0)return!1;if(E=D,D!==null){let v=D.width,w=D.height;(a.width!==v||a.height!==w)&&this.setSize(v,w)}return M===!1&&F.setRenderTarget(a),g=F.toneMapping,F.toneMapping=Ms,!0},this.hasRenderPass=function(){return M},this.end=function(F,D){F.toneMapping=g,m=!0;let v=a,w=o;for(let q=0;q<C.length;q++){let X=C[q];X.enabled!==!1&&(X.render(F,w,v,D),X.needsSwap!==!1&&(v=w,w=w===o?c:o))}if(x!==F.outputColorSpace||y!==F.toneMapping){x=F.outputColorSpace,y=F.toneMapping,f.defines={},Nn.getTransfer(x)===jn&&(f.defines.SRGB_TRANSFER="");let q=MC[y];q&&(f.defines[q]=""),f.needsUpdate=!0}f.uniforms.tDiffuse.value=v.texture,F.setRenderTarget(E),F.render(h,p),E=null,m=!1},this.isCompositing=function(){return m},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),c!==null&&c.dispose(),u.dispose(),f.dispose()}}var sy=new ur,ay=new qs(1,1),oy=new mu(1),ly=new cu,cy=new Kf,uy=new pu,Bv=[],kv=[],zv=new Float32Array(16),Gv=new Float32Array(9),Vv=new Float32Array(4);function zl(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=Bv[r];if(s===void 0&&(s=new Float32Array(r),Bv[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function Ni(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Oi(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function ap(n,e){let t=kv[e];t===void 0&&(t=new Int32Array(e),kv[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function AC(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function TC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ni(t,e))return;n.uniform2fv(this.addr,e),Oi(t,e)}}function wC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Ni(t,e))return;n.uniform3fv(this.addr,e),Oi(t,e)}}function CC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ni(t,e))return;n.uniform4fv(this.addr,e),Oi(t,e)}}function RC(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ni(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Oi(t,e)}else{if(Ni(t,i))return;Vv.set(i),n.uniformMatrix2fv(this.addr,!1,Vv),Oi(t,i)}}function IC(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ni(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Oi(t,e)}else{if(Ni(t,i))return;Gv.set(i),n.uniformMatrix3fv(this.addr,!1,Gv),Oi(t,i)}}function PC(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ni(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Oi(t,e)}else{if(Ni(t,i))return;zv.set(i),n.uniformMatrix4fv(this.addr,!1,zv),Oi(t,i)}}function LC(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function DC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ni(t,e))return;n.uniform2iv(this.addr,e),Oi(t,e)}}function NC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Ni(t,e))return;n.uniform3iv(this.addr,e),Oi(t,e)}}function OC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ni(t,e))return;n.uniform4iv(this.addr,e),Oi(t,e)}}function FC(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function UC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ni(t,e))return;n.uniform2uiv(this.addr,e),Oi(t,e)}}function BC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Ni(t,e))return;n.uniform3uiv(this.addr,e),Oi(t,e)}}function kC(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ni(t,e))return;n.uniform4uiv(this.addr,e),Oi(t,e)}}function op(n){return n.version===0&&(n.compareFunction=v0,n.needsUpdate=!0),n}function zC(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=op(ay):s=sy,t.setTexture2D(e||s,r)}function GC(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||cy,r)}function VC(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=op(oy):s=uy,t.setTextureCube(e||s,r)}function HC(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||ly,r)}function WC(n){switch(n){case 5126:return AC;case 35664:return TC;case 35665:return wC;case 35666:return CC;case 35674:return RC;case 35675:return IC;case 35676:return PC;case 5124:case 35670:return LC;case 35667:case 35671:return DC;case 35668:case 35672:return NC;case 35669:case 35673:return OC;case 5125:return FC;case 36294:return UC;case 36295:return BC;case 36296:return kC;case 35678:case 36198:case 36298:case 36306:case 35682:return zC;case 35679:case 36299:case 36307:return GC;case 35680:case 36300:case 36308:case 36293:return VC;case 36289:case 36303:case 36311:case 36292:return HC}}function XC(n,e){n.uniform1fv(this.addr,e)}function $C(n,e){let t=zl(e,this.size,2);n.uniform2fv(this.addr,t)}function YC(n,e){let t=zl(e,this.size,3);n.uniform3fv(this.addr,t)}function qC(n,e){let t=zl(e,this.size,4);n.uniform4fv(this.addr,t)}function ZC(n,e){let t=zl(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function jC(n,e){let t=zl(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function KC(n,e){let t=zl(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function JC(n,e){n.uniform1iv(this.addr,e)}function QC(n,e){n.uniform2iv(this.addr,e)}function eR(n,e){n.uniform3iv(this.addr,e)}function tR(n,e){n.uniform4iv(this.addr,e)}function nR(n,e){n.uniform1uiv(this.addr,e)}function iR(n,e){n.uniform2uiv(this.addr,e)}function rR(n,e){n.uniform3uiv(this.addr,e)}function sR(n,e){n.uniform4uiv(this.addr,e)}function aR(n,e,t){let i=this.cache,r=e.length,s=ap(t,r);Ni(i,s)||(n.uniform1iv(this.addr,s),Oi(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=op(ay):a=sy;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function oR(n,e,t){let i=this.cache,r=e.length,s=ap(t,r);Ni(i,s)||(n.uniform1iv(this.addr,s),Oi(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||cy,s[a])}function lR(n,e,t){let i=this.cache,r=e.length,s=ap(t,r);Ni(i,s)||(n.uniform1iv(this.addr,s),Oi(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=op(oy):a=uy;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function cR(n,e,t){let i=this.cache,r=e.length,s=ap(t,r);Ni(i,s)||(n.uniform1iv(this.addr,s),Oi(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||ly,s[a])}function uR(n){switch(n){case 5126:return XC;case 35664:return $C;case 35665:return YC;case 35666:return qC;case 35674:return ZC;case 35675:return jC;case 35676:return KC;case 5124:case 35670:return JC;case 35667:case 35671:return QC;case 35668:case 35672:return eR;case 35669:case 35673:return tR;case 5125:return nR;case 36294:return iR;case 36295:return rR;case 36296:return sR;case 35678:case 36198:case 36298:case 36306:case 35682:return aR;case 35679:case 36299:case 36307:return oR;case 35680:case 36300:case 36308:case 36293:return lR;case 36289:case 36303:case 36311:case 36292:return cR}}var U0=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=WC(t.type)}},B0=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=uR(t.type)}},k0=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},O0=/(\w+)(\])?(\[|\.)?/g;function Hv(n,e){n.seq.push(e),n.map[e.id]=e}function hR(n,e,t){let i=n.name,r=i.length;for(O0.lastIndex=0;;){let s=O0.exec(i),a=O0.lastIndex,o=s[1],c=s[2]==="]",l=s[3];if(c&&(o=o|0),l===void 0||l==="["&&a+2===r){Hv(t,l===void 0?new U0(o,n,e):new B0(o,n,e));break}else{let f=t.map[o];f===void 0&&(f=new k0(o),Hv(t,f)),t=f}}}var kl=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),c=e.getUniformLocation(t,o.name);hR(o,c,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],c=i[o.id];c.needsUpdate!==!1&&o.setValue(e,c.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function Wv(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var fR=37297,dR=0;function pR(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var Xv=new bn;function mR(n){Nn._getMatrix(Xv,Nn.workingColorSpace,n);let e=`mat3( ${Xv.elements.map(t=>t.toFixed(4))} )`;switch(Nn.getTransfer(n)){case au:return[e,"LinearTransferOETF"];case jn:return[e,"sRGBTransferOETF"];default:return _n("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function $v(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+pR(n.getShaderSource(e),o)}else return s}function gR(n,e){let t=mR(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var _R={[t0]:"Linear",[n0]:"Reinhard",[i0]:"Cineon",[r0]:"ACESFilmic",[a0]:"AgX",[o0]:"Neutral",[s0]:"Custom"};function xR(n,e){let t=_R[e];return t===void 0?(_n("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var ip=new Me;function vR(){Nn.getLuminanceCoefficients(ip);let n=ip.x.toFixed(4),e=ip.y.toFixed(4),t=ip.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function yR(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(Iu).join(`
`)}function SR(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function bR(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function Iu(n){return n!==""}function Yv(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function qv(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var MR=/^[ \t]*#include +<([\w\d./]+)>/gm;function z0(n){return n.replace(MR,ER)}function ER(n,e){let t=Ln[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return z0(t)}var AR=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Zv(n){return n.replace(AR,TR)}function TR(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function jv(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var wR={[Su]:"SHADOWMAP_TYPE_PCF",[Nl]:"SHADOWMAP_TYPE_VSM"};function CR(n){return wR[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var RR={[Fl]:"ENVMAP_MODE_REFRACTION"};function IR(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":RR[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var PR={[e0]:"ENVMAP_BLENDING_MULTIPLY",[fv]:"ENVMAP_BLENDING_MIX",[dv]:"ENVMAP_BLENDING_ADD"};function LR(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":PR[n.combine]||"ENVMAP_BLENDING_NONE"}function DR(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,c=CR(t),l=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=IR(t),f=LR(t),h=yR(t),p=SR(s),x=r.createProgram(),y,m,g=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p].filter(Iu).join(`
`),y.length>0&&(y+=`
`),m=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p].filter(Iu).join(`
`),m.length>0&&(m+=`
`)):(y=[jv(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(Iu).join(`
`),m=[jv(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+l:"",t.envMap?"#define "+u:"",t.envMap?"#define "+f:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Ms?"#define TONE_MAPPING":"",t.toneMapping!==Ms?Ln.tonemapping_pars_fragment:"",t.toneMapping!==Ms?xR("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Ln.colorspace_pars_fragment,gR("linearToOutputTexel",t.outputColorSpace),vR(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(Iu).join(`
`)),a=z0(a),a=Yv(a,t),a=qv(a,t),o=z0(o),o=Yv(o,t),o=qv(o,t),a=Zv(a),o=Zv(o),t.isRawShaderMaterial!==!0&&(g=`#version 300 es
`,y=[h,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,m=["#define varying in",t.glslVersion===y0?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===y0?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+m);let E=g+y+a,C=g+m+o,M=Wv(r,r.VERTEX_SHADER,E),F=Wv(r,r.FRAGMENT_SHADER,C);r.attachShader(x,M),r.attachShader(x,F),t.index0AttributeName!==void 0?r.bindAttribLocation(x,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(x,0,"position"),r.linkProgram(x);function D(X){if(n.debug.checkShaderErrors){let Z=r.getProgramInfoLog(x)||"",se=r.getShaderInfoLog(M)||"",me=r.getShaderInfoLog(F)||"",V=Z.trim(),xe=se.trim(),ye=me.trim(),ie=!0,De=!0;if(r.getProgramParameter(x,r.LINK_STATUS)===!1)if(ie=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,x,M,F);else{let pe=$v(r,M,"vertex"),Ie=$v(r,F,"fragment");yn("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(x,r.VALIDATE_STATUS)+`

Material Name: `+X.name+`
Material Type: `+X.type+`

Program Info Log: `+V+`
`+pe+`
`+Ie)}else V!==""?_n("WebGLProgram: Program Info Log:",V):(xe===""||ye==="")&&(De=!1);De&&(X.diagnostics={runnable:ie,programLog:V,vertexShader:{log:xe,prefix:y},fragmentShader:{log:ye,prefix:m}})}r.deleteShader(M),r.deleteShader(F),v=new kl(r,x),w=bR(r,x)}let v;this.getUniforms=function(){return v===void 0&&D(this),v};let w;this.getAttributes=function(){return w===void 0&&D(this),w};let q=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return q===!1&&(q=r.getProgramParameter(x,fR)),q},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(x),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=dR++,this.cacheKey=e,this.usedTimes=1,this.program=x,this.vertexShader=M,this.fragmentShader=F,this}var NR=0,G0=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new V0(e),t.set(e,i)),i}},V0=class{constructor(e){this.id=NR++,this.code=e,this.usedTimes=0}};function OR(n){return n===Ha||n===wu||n===Cu}function FR(n,e,t,i,r,s){let a=new uu,o=new G0,c=new Set,l=[],u=new Map,f=i.logarithmicDepthBuffer,h={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function p(v){return c.add(v),v===0?"uv":`uv${v}`}function x(v,w,q,X,Z,se){let me=X.fog,V=Z.geometry,xe=v.isMeshStandardMaterial||v.isMeshLambertMaterial||v.isMeshPhongMaterial?X.environment:null,ye=v.isMeshStandardMaterial||v.isMeshLambertMaterial&&!v.envMap||v.isMeshPhongMaterial&&!v.envMap,ie=e.get(v.envMap||xe,ye),De=h[v.type],pe=i.precision;v.precision!==null&&(pe=i.getMaxPrecision(v.precision),pe!==v.precision&&_n("WebGLProgram.getParameters:",v.precision,"not supported, using",pe,"instead."));let Ie=V.morphAttributes.position||V.morphAttributes.normal||V.morphAttributes.color,re=Ie!==void 0?Ie.length:0,je=0;V.morphAttributes.position!==void 0&&(je=1),V.morphAttributes.normal!==void 0&&(je=2),V.morphAttributes.color!==void 0&&(je=3);let kt,Ee,Xe,wt;if(De){let rt=As[De];kt=rt.vertexShader,Ee=rt.fragmentShader}else{kt=v.vertexShader,Ee=v.fragmentShader;let rt=o.getVertexShaderStage(v),hn=o.getFragmentShaderStage(v);o.update(v,rt,hn),Xe=rt.id,wt=hn.id}let Yt=n.getRenderTarget(),nt=n.state.buffers.depth.getReversed(),tn=Z.isInstancedMesh===!0,In=Z.isBatchedMesh===!0,Kt=!!v.map,Rn=!!v.matcap,gt=!!ie,Ot=gt&&ie.isPMREMTexture===!0,sn=!!v.aoMap,Xt=!!v.lightMap,cn=!!v.bumpMap&&v.wireframe===!1,an=!!v.normalMap,fi=!!v.displacementMap,Yn=!!v.emissiveMap,R=!!v.metalnessMap,ri=!!v.roughnessMap,ni=v.anisotropy>0,K=v.clearcoat>0,Hn=v.diffuseRoughness>0,xn=v.dispersion>0,Dn=v.retroreflectivity>0,et=v.iridescence>0,xt=v.sheen>0,Gt=v.transmission>0,Qt=ni&&!!v.anisotropyMap,O=K&&!!v.clearcoatMap,S=K&&!!v.clearcoatNormalMap,ae=K&&!!v.clearcoatRoughnessMap,Ye=Hn&&!!v.diffuseRoughnessMap,Oe=et&&!!v.iridescenceMap,ut=et&&!!v.iridescenceThicknessMap,ht=xt&&!!v.sheenColorMap,we=xt&&!!v.sheenRoughnessMap,Ne=!!v.specularMap,Te=!!v.specularColorMap,U=!!v.specularIntensityMap,he=Gt&&!!v.transmissionMap,le=Gt&&!!v.thicknessMap,Pe=!!v.gradientMap,Ue=!!v.alphaMap,ke=v.alphaTest>0,tt=!!v.alphaHash,Ht=!!v.extensions,ze=Ms;v.toneMapped&&(Yt===null||Yt.isXRRenderTarget===!0)&&(ze=n.toneMapping);let Pt=Ot?ie.isCompressedCubeTexture?ie.image[0].mipmaps:ie.mipmaps:null,Zt={shaderID:De,shaderType:v.type,shaderName:v.name,vertexShader:kt,fragmentShader:Ee,defines:v.defines,customVertexShaderID:Xe,customFragmentShaderID:wt,isRawShaderMaterial:v.isRawShaderMaterial===!0,glslVersion:v.glslVersion,precision:pe,batching:In,batchingColor:In&&Z._colorsTexture!==null,instancing:tn,instancingColor:tn&&Z.instanceColor!==null,instancingMorph:tn&&Z.morphTexture!==null,outputColorSpace:Yt===null?n.outputColorSpace:Yt.isXRRenderTarget===!0?Yt.texture.colorSpace:Nn.workingColorSpace,alphaToCoverage:!!v.alphaToCoverage,map:Kt,matcap:Rn,envMap:gt,envMapMode:gt&&ie.mapping,envMapPMREM:Ot,envMapMaxLod:Ot?Pt.length-1:null,envMapSize:Ot?Pt[0].width:null,aoMap:sn,lightMap:Xt,bumpMap:cn,normalMap:an,displacementMap:fi,emissiveMap:Yn,normalMapObjectSpace:an&&v.normalMapType===gv,normalMapTangentSpace:an&&v.normalMapType===g0,packedNormalMap:an&&v.normalMapType===g0&&OR(v.normalMap.format),metalnessMap:R,roughnessMap:ri,anisotropy:ni,anisotropyMap:Qt,clearcoat:K,clearcoatMap:O,clearcoatNormalMap:S,clearcoatRoughnessMap:ae,diffuseRoughness:Hn,diffuseRoughnessMap:Ye,dispersion:xn,retroreflection:Dn,iridescence:et,iridescenceMap:Oe,iridescenceThicknessMap:ut,sheen:xt,sheenColorMap:ht,sheenRoughnessMap:we,specularMap:Ne,specularColorMap:Te,specularIntensityMap:U,transmission:Gt,transmissionMap:he,thicknessMap:le,gradientMap:Pe,opaque:v.transparent===!1&&v.blending===Ol&&v.alphaToCoverage===!1,alphaMap:Ue,alphaTest:ke,alphaHash:tt,combine:v.combine,mapUv:Kt&&p(v.map.channel),aoMapUv:sn&&p(v.aoMap.channel),lightMapUv:Xt&&p(v.lightMap.channel),bumpMapUv:cn&&p(v.bumpMap.channel),normalMapUv:an&&p(v.normalMap.channel),displacementMapUv:fi&&p(v.displacementMap.channel),emissiveMapUv:Yn&&p(v.emissiveMap.channel),metalnessMapUv:R&&p(v.metalnessMap.channel),roughnessMapUv:ri&&p(v.roughnessMap.channel),anisotropyMapUv:Qt&&p(v.anisotropyMap.channel),clearcoatMapUv:O&&p(v.clearcoatMap.channel),clearcoatNormalMapUv:S&&p(v.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:ae&&p(v.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:Ye&&p(v.diffuseRoughnessMap.channel),iridescenceMapUv:Oe&&p(v.iridescenceMap.channel),iridescenceThicknessMapUv:ut&&p(v.iridescenceThicknessMap.channel),sheenColorMapUv:ht&&p(v.sheenColorMap.channel),sheenRoughnessMapUv:we&&p(v.sheenRoughnessMap.channel),specularMapUv:Ne&&p(v.specularMap.channel),specularColorMapUv:Te&&p(v.specularColorMap.channel),specularIntensityMapUv:U&&p(v.specularIntensityMap.channel),transmissionMapUv:he&&p(v.transmissionMap.channel),thicknessMapUv:le&&p(v.thicknessMap.channel),alphaMapUv:Ue&&p(v.alphaMap.channel),vertexTangents:!!V.attributes.tangent&&(an||ni),vertexNormals:!!V.attributes.normal,vertexColors:v.vertexColors,vertexAlphas:v.vertexColors===!0&&!!V.attributes.color&&V.attributes.color.itemSize===4,pointsUvs:Z.isPoints===!0&&!!V.attributes.uv&&(Kt||Ue),fog:!!me,useFog:v.fog===!0,fogExp2:!!me&&me.isFogExp2,flatShading:v.wireframe===!1&&(v.flatShading===!0||V.attributes.normal===void 0&&an===!1&&(v.isMeshLambertMaterial||v.isMeshPhongMaterial||v.isMeshStandardMaterial||v.isMeshPhysicalMaterial)),sizeAttenuation:v.sizeAttenuation===!0,logarithmicDepthBuffer:f,reversedDepthBuffer:nt,skinning:Z.isSkinnedMesh===!0,hasPositionAttribute:V.attributes.position!==void 0,morphTargets:V.morphAttributes.position!==void 0,morphNormals:V.morphAttributes.normal!==void 0,morphColors:V.morphAttributes.color!==void 0,morphTargetsCount:re,morphTextureStride:je,numSunLights:w.sun.length,numDirLights:w.directional.length,numPointLights:w.point.length,numSpotLights:w.spot.length,numSpotLightMaps:w.spotLightMap.length,numRectAreaLights:w.rectArea.length,numHemiLights:w.hemi.length,numSunLightShadows:w.sunShadowMap.length,numDirLightShadows:w.directionalShadowMap.length,numPointLightShadows:w.pointShadowMap.length,numSpotLightShadows:w.spotShadowMap.length,numSpotLightShadowsWithMaps:w.numSpotLightShadowsWithMaps,numLightProbes:w.numLightProbes,numLightProbeGrids:se.filter(rt=>rt.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:v.dithering,shadowMapEnabled:n.shadowMap.enabled&&q.length>0,shadowMapType:n.shadowMap.type,toneMapping:ze,decodeVideoTexture:Kt&&v.map.isVideoTexture===!0&&Nn.getTransfer(v.map.colorSpace)===jn,decodeVideoTextureEmissive:Yn&&v.emissiveMap.isVideoTexture===!0&&Nn.getTransfer(v.emissiveMap.colorSpace)===jn,premultipliedAlpha:v.premultipliedAlpha,doubleSided:v.side===bs,flipSided:v.side===ar,useDepthPacking:v.depthPacking>=0,depthPacking:v.depthPacking||0,index0AttributeName:v.index0AttributeName,extensionClipCullDistance:Ht&&v.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Ht&&v.extensions.multiDraw===!0||In)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:v.customProgramCacheKey()};return Zt.vertexUv1s=c.has(1),Zt.vertexUv2s=c.has(2),Zt.vertexUv3s=c.has(3),c.clear(),Zt}function y(v){let w=[];if(v.shaderID?w.push(v.shaderID):(w.push(v.customVertexShaderID),w.push(v.customFragmentShaderID)),v.defines!==void 0)for(let q in v.defines)w.push(q),w.push(v.defines[q]);return v.isRawShaderMaterial===!1&&(m(w,v),g(w,v),w.push(n.outputColorSpace)),w.push(v.customProgramCacheKey),w.join()}function m(v,w){v.push(w.precision),v.push(w.outputColorSpace),v.push(w.envMapMode),v.push(w.envMapPMREM),v.push(w.envMapMaxLod),v.push(w.envMapSize),v.push(w.mapUv),v.push(w.alphaMapUv),v.push(w.lightMapUv),v.push(w.aoMapUv),v.push(w.bumpMapUv),v.push(w.normalMapUv),v.push(w.displacementMapUv),v.push(w.emissiveMapUv),v.push(w.metalnessMapUv),v.push(w.roughnessMapUv),v.push(w.anisotropyMapUv),v.push(w.clearcoatMapUv),v.push(w.clearcoatNormalMapUv),v.push(w.clearcoatRoughnessMapUv),v.push(w.diffuseRoughnessMapUv),v.push(w.iridescenceMapUv),v.push(w.iridescenceThicknessMapUv),v.push(w.sheenColorMapUv),v.push(w.sheenRoughnessMapUv),v.push(w.specularMapUv),v.push(w.specularColorMapUv),v.push(w.specularIntensityMapUv),v.push(w.transmissionMapUv),v.push(w.thicknessMapUv),v.push(w.combine),v.push(w.fogExp2),v.push(w.sizeAttenuation),v.push(w.morphTargetsCount),v.push(w.numSunLights),v.push(w.numDirLights),v.push(w.numPointLights),v.push(w.numSpotLights),v.push(w.numSpotLightMaps),v.push(w.numHemiLights),v.push(w.numRectAreaLights),v.push(w.numSunLightShadows),v.push(w.numDirLightShadows),v.push(w.numPointLightShadows),v.push(w.numSpotLightShadows),v.push(w.numSpotLightShadowsWithMaps),v.push(w.numLightProbes),v.push(w.numLightProbeGrids),v.push(w.shadowMapType),v.push(w.toneMapping),v.push(w.numClippingPlanes),v.push(w.numClipIntersection),v.push(w.depthPacking)}function g(v,w){a.disableAll(),w.instancing&&a.enable(0),w.instancingColor&&a.enable(1),w.instancingMorph&&a.enable(2),w.matcap&&a.enable(3),w.envMap&&a.enable(4),w.normalMapObjectSpace&&a.enable(5),w.normalMapTangentSpace&&a.enable(6),w.clearcoat&&a.enable(7),w.iridescence&&a.enable(8),w.alphaTest&&a.enable(9),w.vertexColors&&a.enable(10),w.vertexAlphas&&a.enable(11),w.vertexUv1s&&a.enable(12),w.vertexUv2s&&a.enable(13),w.vertexUv3s&&a.enable(14),w.vertexTangents&&a.enable(15),w.anisotropy&&a.enable(16),w.alphaHash&&a.enable(17),w.batching&&a.enable(18),w.dispersion&&a.enable(19),w.retroreflection&&a.enable(24),w.diffuseRoughness&&a.enable(25),w.batchingColor&&a.enable(20),w.gradientMap&&a.enable(21),w.packedNormalMap&&a.enable(22),w.vertexNormals&&a.enable(23),v.push(a.mask),a.disableAll(),w.fog&&a.enable(0),w.useFog&&a.enable(1),w.flatShading&&a.enable(2),w.logarithmicDepthBuffer&&a.enable(3),w.reversedDepthBuffer&&a.enable(4),w.skinning&&a.enable(5),w.morphTargets&&a.enable(6),w.morphNormals&&a.enable(7),w.morphColors&&a.enable(8),w.premultipliedAlpha&&a.enable(9),w.shadowMapEnabled&&a.enable(10),w.doubleSided&&a.enable(11),w.flipSided&&a.enable(12),w.useDepthPacking&&a.enable(13),w.dithering&&a.enable(14),w.transmission&&a.enable(15),w.sheen&&a.enable(16),w.opaque&&a.enable(17),w.pointsUvs&&a.enable(18),w.decodeVideoTexture&&a.enable(19),w.decodeVideoTextureEmissive&&a.enable(20),w.alphaToCoverage&&a.enable(21),w.numLightProbeGrids>0&&a.enable(22),w.hasPositionAttribute&&a.enable(23),v.push(a.mask)}function E(v){let w=h[v.type],q;if(w){let X=As[w];q=Pv.clone(X.uniforms)}else q=v.uniforms;return q}function C(v,w){let q=u.get(w);return q!==void 0?++q.usedTimes:(q=new DR(n,w,v,r),l.push(q),u.set(w,q)),q}function M(v){if(--v.usedTimes===0){let w=l.indexOf(v);l[w]=l[l.length-1],l.pop(),u.delete(v.cacheKey),v.destroy()}}function F(v){o.remove(v)}function D(){o.dispose()}return{getParameters:x,getProgramCacheKey:y,getUniforms:E,acquireProgram:C,releaseProgram:M,releaseShaderCache:F,programs:l,dispose:D}}function UR(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,c){n.get(a)[o]=c}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function BR(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function Kv(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function Jv(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(h){let p=0;return h.isInstancedMesh&&(p+=2),h.isSkinnedMesh&&(p+=1),p}function o(h,p,x,y,m,g){let E=n[e];return E===void 0?(E={id:h.id,object:h,geometry:p,material:x,materialVariant:a(h),groupOrder:y,renderOrder:h.renderOrder,z:m,group:g},n[e]=E):(E.id=h.id,E.object=h,E.geometry=p,E.material=x,E.materialVariant=a(h),E.groupOrder=y,E.renderOrder=h.renderOrder,E.z=m,E.group=g),e++,E}function c(h,p,x,y,m,g,E){E.reversedDepth===!0&&(m=-m);let C=o(h,p,x,y,m,g);x.transmission>0?i.push(C):x.transparent===!0?r.push(C):t.push(C)}function l(h,p,x,y,m,g){let E=o(h,p,x,y,m,g);x.transmission>0?i.unshift(E):x.transparent===!0?r.unshift(E):t.unshift(E)}function u(h,p){t.length>1&&t.sort(h||BR),i.length>1&&i.sort(p||Kv),r.length>1&&r.sort(p||Kv)}function f(){for(let h=e,p=n.length;h<p;h++){let x=n[h];if(x.id===null)break;x.id=null,x.object=null,x.geometry=null,x.material=null,x.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:c,unshift:l,finish:f,sort:u}}function kR(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new Jv,n.set(i,[a])):r>=s.length?(a=new Jv,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function zR(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new Me,color:new kn};break;case"SpotLight":t={position:new Me,direction:new Me,color:new kn,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new Me,color:new kn,distance:0,decay:0};break;case"HemisphereLight":t={direction:new Me,skyColor:new kn,groundColor:new kn};break;case"RectAreaLight":t={color:new kn,position:new Me,halfWidth:new Me,halfHeight:new Me};break}return n[e.id]=t,t}}}function GR(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Cn};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Cn};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Cn,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var VR=0;function HR(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function WR(n){let e=new zR,t=GR(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let l=0;l<9;l++)i.probe.push(new Me);let r=new Me,s=new gi,a=new gi;function o(l){let u=0,f=0,h=0;for(let se=0;se<9;se++)i.probe[se].set(0,0,0);let p=0,x=0,y=0,m=0,g=0,E=0,C=0,M=0,F=0,D=0,v=0,w=0,q=0,X=0;l.sort(HR);for(let se=0,me=l.length;se<me;se++){let V=l[se],xe=V.color,ye=V.intensity,ie=V.distance,De=null;if(V.shadow&&V.shadow.map&&(V.shadow.map.texture.format===Ha?De=V.shadow.map.texture:De=V.shadow.map.depthTexture||V.shadow.map.texture),V.isAmbientLight)u+=xe.r*ye,f+=xe.g*ye,h+=xe.b*ye;else if(V.isLightProbe){for(let pe=0;pe<9;pe++)i.probe[pe].addScaledVector(V.sh.coefficients[pe],ye);X++}else if(V.isSunLight){let pe=e.get(V);if(pe.color.copy(V.color).multiplyScalar(V.intensity),V.castShadow){let Ie=V.shadow,re=t.get(V);re.shadowIntensity=Ie.intensity,re.shadowBias=Ie.bias,re.shadowNormalBias=Ie.normalBias,re.shadowRadius=Ie.radius,re.shadowMapSize.copy(Ie.mapSize).multiply(Ie.getFrameExtents()),i.sunShadow[x]=re,i.sunShadowMap[x]=De;let je=Ie.getViewportCount();for(let kt=0;kt<je;kt++)i.sunShadowMatrix[y+kt]=Ie.getMatrix(kt),i.sunShadowCascade[y+kt]=Ie._cascadeData[kt];y+=je,x++}i.sun[p]=pe,p++}else if(V.isDirectionalLight){let pe=e.get(V);if(pe.color.copy(V.color).multiplyScalar(V.intensity),V.castShadow){let Ie=V.shadow,re=t.get(V);re.shadowIntensity=Ie.intensity,re.shadowBias=Ie.bias,re.shadowNormalBias=Ie.normalBias,re.shadowRadius=Ie.radius,re.shadowMapSize=Ie.mapSize,i.directionalShadow[m]=re,i.directionalShadowMap[m]=De,i.directionalShadowMatrix[m]=V.shadow.matrix,F++}i.directional[m]=pe,m++}else if(V.isSpotLight){let pe=e.get(V);pe.position.setFromMatrixPosition(V.matrixWorld),pe.color.copy(xe).multiplyScalar(ye),pe.distance=ie,pe.coneCos=Math.cos(V.angle),pe.penumbraCos=Math.cos(V.angle*(1-V.penumbra)),pe.decay=V.decay,i.spot[E]=pe;let Ie=V.shadow;if(V.map&&(i.spotLightMap[w]=V.map,w++,Ie.updateMatrices(V),V.castShadow&&q++),i.spotLightMatrix[E]=Ie.matrix,V.castShadow){let re=t.get(V);re.shadowIntensity=Ie.intensity,re.shadowBias=Ie.bias,re.shadowNormalBias=Ie.normalBias,re.shadowRadius=Ie.radius,re.shadowMapSize=Ie.mapSize,i.spotShadow[E]=re,i.spotShadowMap[E]=De,v++}E++}else if(V.isRectAreaLight){let pe=e.get(V);pe.color.copy(xe).multiplyScalar(ye),pe.halfWidth.set(V.width*.5,0,0),pe.halfHeight.set(0,V.height*.5,0),i.rectArea[C]=pe,C++}else if(V.isPointLight){let pe=e.get(V);if(pe.color.copy(V.color).multiplyScalar(V.intensity),pe.distance=V.distance,pe.decay=V.decay,V.castShadow){let Ie=V.shadow,re=t.get(V);re.shadowIntensity=Ie.intensity,re.shadowBias=Ie.bias,re.shadowNormalBias=Ie.normalBias,re.shadowRadius=Ie.radius,re.shadowMapSize=Ie.mapSize,re.shadowCameraNear=Ie.camera.near,re.shadowCameraFar=Ie.camera.far,i.pointShadow[g]=re,i.pointShadowMap[g]=De,i.pointShadowMatrix[g]=V.shadow.matrix,D++}i.point[g]=pe,g++}else if(V.isHemisphereLight){let pe=e.get(V);pe.skyColor.copy(V.color).multiplyScalar(ye),pe.groundColor.copy(V.groundColor).multiplyScalar(ye),i.hemi[M]=pe,M++}}C>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=Vt.LTC_FLOAT_1,i.rectAreaLTC2=Vt.LTC_FLOAT_2):(i.rectAreaLTC1=Vt.LTC_HALF_1,i.rectAreaLTC2=Vt.LTC_HALF_2)),i.ambient[0]=u,i.ambient[1]=f,i.ambient[2]=h;let Z=i.hash;(Z.sunLength!==p||Z.directionalLength!==m||Z.pointLength!==g||Z.spotLength!==E||Z.rectAreaLength!==C||Z.hemiLength!==M||Z.numSunShadows!==x||Z.numDirectionalShadows!==F||Z.numPointShadows!==D||Z.numSpotShadows!==v||Z.numSpotMaps!==w||Z.numLightProbes!==X)&&(i.sun.length=p,i.directional.length=m,i.spot.length=E,i.rectArea.length=C,i.point.length=g,i.hemi.length=M,i.sunShadow.length=x,i.sunShadowMap.length=x,i.sunShadowMatrix.length=y,i.sunShadowCascade.length=y,i.directionalShadow.length=F,i.directionalShadowMap.length=F,i.directionalShadowMatrix.length=F,i.pointShadow.length=D,i.pointShadowMap.length=D,i.pointShadowMatrix.length=D,i.spotShadow.length=v,i.spotShadowMap.length=v,i.spotLightMatrix.length=v+w-q,i.spotLightMap.length=w,i.numSpotLightShadowsWithMaps=q,i.numLightProbes=X,Z.sunLength=p,Z.directionalLength=m,Z.pointLength=g,Z.spotLength=E,Z.rectAreaLength=C,Z.hemiLength=M,Z.numSunShadows=x,Z.numDirectionalShadows=F,Z.numPointShadows=D,Z.numSpotShadows=v,Z.numSpotMaps=w,Z.numLightProbes=X,i.version=VR++)}function c(l,u){let f=0,h=0,p=0,x=0,y=0,m=0,g=u.matrixWorldInverse;for(let E=0,C=l.length;E<C;E++){let M=l[E];if(M.isSunLight){let F=i.sun[f];F.direction.setFromMatrixPosition(M.matrixWorld),F.direction.transformDirection(g),f++}else if(M.isDirectionalLight){let F=i.directional[h];F.direction.setFromMatrixPosition(M.matrixWorld),r.setFromMatrixPosition(M.target.matrixWorld),F.direction.sub(r),F.direction.transformDirection(g),h++}else if(M.isSpotLight){let F=i.spot[x];F.position.setFromMatrixPosition(M.matrixWorld),F.position.applyMatrix4(g),F.direction.setFromMatrixPosition(M.matrixWorld),r.setFromMatrixPosition(M.target.matrixWorld),F.direction.sub(r),F.direction.transformDirection(g),x++}else if(M.isRectAreaLight){let F=i.rectArea[y];F.position.setFromMatrixPosition(M.matrixWorld),F.position.applyMatrix4(g),a.identity(),s.copy(M.matrixWorld),s.premultiply(g),a.extractRotation(s),F.halfWidth.set(M.width*.5,0,0),F.halfHeight.set(0,M.height*.5,0),F.halfWidth.applyMatrix4(a),F.halfHeight.applyMatrix4(a),y++}else if(M.isPointLight){let F=i.point[p];F.position.setFromMatrixPosition(M.matrixWorld),F.position.applyMatrix4(g),p++}else if(M.isHemisphereLight){let F=i.hemi[m];F.direction.setFromMatrixPosition(M.matrixWorld),F.direction.transformDirection(g),m++}}}return{setup:o,setupView:c,state:i}}function Qv(n){let e=new WR(n),t=[],i=[],r=[];function s(f){u.camera=f,t.length=0,i.length=0,r.length=0}function a(f){f.isLightProbeGrid?r.push(f):t.push(f)}function o(f){i.push(f)}function c(){e.setup(t),r.sort((f,h)=>f.priority-h.priority||f.id-h.id)}function l(f){e.setupView(t,f)}let u={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:c,setupLightsView:l,pushLight:a,pushShadow:o}}function XR(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new Qv(n),e.set(r,[o])):s>=a.length?(o=new Qv(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var $R=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,YR=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,qR=[new Me(1,0,0),new Me(-1,0,0),new Me(0,1,0),new Me(0,-1,0),new Me(0,0,1),new Me(0,0,-1)],ZR=[new Me(0,-1,0),new Me(0,-1,0),new Me(0,0,1),new Me(0,0,-1),new Me(0,-1,0),new Me(0,-1,0)],ey=new gi,Ru=new Me,F0=new Me;function jR(n,e,t){let i=new Mo,r=new Cn,s=new Cn,a=new _i,o=new nd,c=new id,l={},u=t.maxTextureSize,f={[Va]:ar,[ar]:Va,[bs]:bs},h=new Ss({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Cn},radius:{value:4}},vertexShader:$R,fragmentShader:YR}),p=h.clone();p.defines.HORIZONTAL_PASS=1;let x=new Fr;x.setAttribute("position",new rr(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new ys(x,h),m=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Su;let g=this.type;this.render=function(D,v,w){if(m.enabled===!1||m.autoUpdate===!1&&m.needsUpdate===!1||D.length===0)return;this.type===Yx&&(_n("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Su);let q=n.getRenderTarget(),X=n.getActiveCubeFace(),Z=n.getActiveMipmapLevel(),se=n.state;se.setBlending(Ao),se.buffers.depth.getReversed()===!0?se.buffers.color.setClear(0,0,0,0):se.buffers.color.setClear(1,1,1,1),se.buffers.depth.setTest(!0),se.setScissorTest(!1);let me=g!==this.type;me&&v.traverse(function(V){V.material&&(Array.isArray(V.material)?V.material.forEach(xe=>xe.needsUpdate=!0):V.material.needsUpdate=!0)});for(let V=0,xe=D.length;V<xe;V++){let ye=D[V],ie=ye.shadow;if(ie===void 0){_n("WebGLShadowMap:",ye,"has no shadow.");continue}if(ie.autoUpdate===!1&&ie.needsUpdate===!1)continue;r.copy(ie.mapSize);let De=ie.getFrameExtents();r.multiply(De),s.copy(ie.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/De.x),r.x=s.x*De.x,ie.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/De.y),r.y=s.y*De.y,ie.mapSize.y=s.y));let pe=n.state.buffers.depth.getReversed();if(ie.camera._reversedDepth=pe,ie.map===null||me===!0){if(ie.map!==null&&(ie.map.depthTexture!==null&&(ie.map.depthTexture.dispose(),ie.map.depthTexture=null),ie.map.dispose()),this.type===Nl){if(ye.isPointLight){_n("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}ie.map=new Sr(r.x,r.y,{format:Ha,type:Kr,minFilter:sr,magFilter:sr,generateMipmaps:!1}),ie.map.texture.name=ye.name+".shadowMap",ie.map.depthTexture=new qs(r.x,r.y,jr),ie.map.depthTexture.name=ye.name+".shadowMapDepth",ie.map.depthTexture.format=Ys,ie.map.depthTexture.compareFunction=null,ie.map.depthTexture.minFilter=Vi,ie.map.depthTexture.magFilter=Vi}else ye.isPointLight?(ie.map=new Pu(r.x),ie.map.depthTexture=new mu(r.x,Zr)):(ie.map=new Sr(r.x,r.y),ie.map.depthTexture=new qs(r.x,r.y,Zr)),ie.map.depthTexture.name=ye.name+".shadowMap",ie.map.depthTexture.format=Ys,this.type===Su?(ie.map.depthTexture.compareFunction=pe?x0:_0,ie.map.depthTexture.minFilter=sr,ie.map.depthTexture.magFilter=sr):(ie.map.depthTexture.compareFunction=null,ie.map.depthTexture.minFilter=Vi,ie.map.depthTexture.magFilter=Vi);ie.camera.updateProjectionMatrix()}ie.map.isWebGLCubeRenderTarget!==!0&&(ie.map.width!==r.x||ie.map.height!==r.y)&&ie.map.setSize(r.x,r.y);let Ie=ie.map.isWebGLCubeRenderTarget?6:ie.getViewportCount();ye.isPointLight!==!0&&ie.updateMatrices(ye,w);let re=(ie.camera.layers.mask&4294967294)!==0?ie.camera.layers:w.layers;for(let je=0;je<Ie;je++){let kt=ie.getCamera(je);if(ye.isPointLight){let Ee=ie.camera,Xe=ie.matrix,wt=ye.distance||Ee.far;wt!==Ee.far&&(Ee.far=wt,Ee.updateProjectionMatrix()),Ru.setFromMatrixPosition(ye.matrixWorld),Ee.position.copy(Ru),F0.copy(Ee.position),F0.add(qR[je]),Ee.up.copy(ZR[je]),Ee.lookAt(F0),Ee.updateMatrixWorld(),Xe.makeTranslation(-Ru.x,-Ru.y,-Ru.z),ey.multiplyMatrices(Ee.projectionMatrix,Ee.matrixWorldInverse),ie._frustum.setFromProjectionMatrix(ey,Ee.coordinateSystem,Ee.reversedDepth)}if(ie.map.isWebGLCubeRenderTarget)n.setRenderTarget(ie.map,je),n.clear();else{je===0&&(n.setRenderTarget(ie.map),n.clear());let Ee=ie.getViewport(je);a.set(s.x*Ee.x,s.y*Ee.y,s.x*Ee.z,s.y*Ee.w),se.viewport(a)}i=ie.getFrustum(je),M(v,w,kt,ye,re,this.type)}ie.isPointLightShadow!==!0&&this.type===Nl&&E(ie,w),ie.needsUpdate=!1}g=this.type,m.needsUpdate=!1,n.setRenderTarget(q,X,Z)};function E(D,v){let w=e.update(y);h.defines.VSM_SAMPLES!==D.blurSamples&&(h.defines.VSM_SAMPLES=D.blurSamples,p.defines.VSM_SAMPLES=D.blurSamples,h.needsUpdate=!0,p.needsUpdate=!0),D.mapPass===null?D.mapPass=new Sr(r.x,r.y,{format:Ha,type:Kr}):(D.mapPass.width!==D.map.width||D.mapPass.height!==D.map.height)&&D.mapPass.setSize(D.map.width,D.map.height),h.uniforms.shadow_pass.value=D.map.depthTexture,h.uniforms.resolution.value.set(D.map.width,D.map.height),h.uniforms.radius.value=D.radius,n.setRenderTarget(D.mapPass),n.clear(),n.renderBufferDirect(v,null,w,h,y,null),p.uniforms.shadow_pass.value=D.mapPass.texture,p.uniforms.resolution.value.set(D.map.width,D.map.height),p.uniforms.radius.value=D.radius,n.setRenderTarget(D.map),n.clear(),n.renderBufferDirect(v,null,w,p,y,null)}function C(D,v,w,q){let X=null,Z=w.isPointLight===!0?D.customDistanceMaterial:D.customDepthMaterial;if(Z!==void 0)X=Z;else if(X=w.isPointLight===!0?c:o,n.localClippingEnabled&&v.clipShadows===!0&&Array.isArray(v.clippingPlanes)&&v.clippingPlanes.length!==0||v.displacementMap&&v.displacementScale!==0||v.alphaMap&&v.alphaTest>0||v.map&&v.alphaTest>0||v.alphaToCoverage===!0){let se=X.uuid,me=v.uuid,V=l[se];V===void 0&&(V={},l[se]=V);let xe=V[me];xe===void 0&&(xe=X.clone(),V[me]=xe,v.addEventListener("dispose",F)),X=xe}if(X.visible=v.visible,X.wireframe=v.wireframe,q===Nl?X.side=v.shadowSide!==null?v.shadowSide:v.side:X.side=v.shadowSide!==null?v.shadowSide:f[v.side],X.alphaMap=v.alphaMap,X.alphaTest=v.alphaToCoverage===!0?.5:v.alphaTest,X.map=v.map,X.clipShadows=v.clipShadows,X.clippingPlanes=v.clippingPlanes,X.clipIntersection=v.clipIntersection,X.displacementMap=v.displacementMap,X.displacementScale=v.displacementScale,X.displacementBias=v.displacementBias,X.wireframeLinewidth=v.wireframeLinewidth,X.linewidth=v.linewidth,w.isPointLight===!0&&X.isMeshDistanceMaterial===!0){let se=n.properties.get(X);se.light=w}return X}function M(D,v,w,q,X,Z){if(D.visible===!1)return;if(D.layers.test(X)&&(D.isMesh||D.isLine||D.isPoints)&&(D.castShadow||D.receiveShadow&&Z===Nl)&&(!D.frustumCulled||D.intersectsFrustum(i))){D.modelViewMatrix.multiplyMatrices(w.matrixWorldInverse,D.matrixWorld);let V=e.update(D),xe=D.material;if(Array.isArray(xe)){let ye=V.groups;for(let ie=0,De=ye.length;ie<De;ie++){let pe=ye[ie],Ie=xe[pe.materialIndex];if(Ie&&Ie.visible){let re=C(D,Ie,q,Z);D.onBeforeShadow(n,D,v,w,V,re,pe),n.renderBufferDirect(w,null,V,re,D,pe),D.onAfterShadow(n,D,v,w,V,re,pe)}}}else if(xe.visible){let ye=C(D,xe,q,Z);D.onBeforeShadow(n,D,v,w,V,ye,null),n.renderBufferDirect(w,null,V,ye,D,null),D.onAfterShadow(n,D,v,w,V,ye,null)}}let me=D.children;for(let V=0,xe=me.length;V<xe;V++)M(me[V],v,w,q,X,Z)}function F(D){D.target.removeEventListener("dispose",F);for(let w in l){let q=l[w],X=D.target.uuid;X in q&&(q[X].dispose(),delete q[X])}}}function KR(n,e){function t(){let U=!1,he=new _i,le=null,Pe=new _i(0,0,0,0);return{setMask:function(Ue){le!==Ue&&!U&&(n.colorMask(Ue,Ue,Ue,Ue),le=Ue)},setLocked:function(Ue){U=Ue},setClear:function(Ue,ke,tt,Ht,ze){ze===!0&&(Ue*=Ht,ke*=Ht,tt*=Ht),he.set(Ue,ke,tt,Ht),Pe.equals(he)===!1&&(n.clearColor(Ue,ke,tt,Ht),Pe.copy(he))},reset:function(){U=!1,le=null,Pe.set(-1,0,0,0)}}}function i(){let U=!1,he=!1,le=null,Pe=null,Ue=null;return{setReversed:function(ke){if(he!==ke){let tt=e.get("EXT_clip_control");ke?tt.clipControlEXT(tt.LOWER_LEFT_EXT,tt.ZERO_TO_ONE_EXT):tt.clipControlEXT(tt.LOWER_LEFT_EXT,tt.NEGATIVE_ONE_TO_ONE_EXT),he=ke;let Ht=Ue;Ue=null,this.setClear(Ht)}},getReversed:function(){return he},setTest:function(ke){ke?nt(n.DEPTH_TEST):tn(n.DEPTH_TEST)},setMask:function(ke){le!==ke&&!U&&(n.depthMask(ke),le=ke)},setFunc:function(ke){if(he&&(ke=wv[ke]),Pe!==ke){switch(ke){case kf:n.depthFunc(n.NEVER);break;case zf:n.depthFunc(n.ALWAYS);break;case Gf:n.depthFunc(n.LESS);break;case Al:n.depthFunc(n.LEQUAL);break;case Vf:n.depthFunc(n.EQUAL);break;case Hf:n.depthFunc(n.GEQUAL);break;case Wf:n.depthFunc(n.GREATER);break;case Xf:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}Pe=ke}},setLocked:function(ke){U=ke},setClear:function(ke){Ue!==ke&&(Ue=ke,he&&(ke=1-ke),n.clearDepth(ke))},reset:function(){U=!1,le=null,Pe=null,Ue=null,he=!1}}}function r(){let U=!1,he=null,le=null,Pe=null,Ue=null,ke=null,tt=null,Ht=null,ze=null;return{setTest:function(Pt){U||(Pt?nt(n.STENCIL_TEST):tn(n.STENCIL_TEST))},setMask:function(Pt){he!==Pt&&!U&&(n.stencilMask(Pt),he=Pt)},setFunc:function(Pt,Zt,rt){(le!==Pt||Pe!==Zt||Ue!==rt)&&(n.stencilFunc(Pt,Zt,rt),le=Pt,Pe=Zt,Ue=rt)},setOp:function(Pt,Zt,rt){(ke!==Pt||tt!==Zt||Ht!==rt)&&(n.stencilOp(Pt,Zt,rt),ke=Pt,tt=Zt,Ht=rt)},setLocked:function(Pt){U=Pt},setClear:function(Pt){ze!==Pt&&(n.clearStencil(Pt),ze=Pt)},reset:function(){U=!1,he=null,le=null,Pe=null,Ue=null,ke=null,tt=null,Ht=null,ze=null}}}let s=new t,a=new i,o=new r,c={},l=new WeakMap,u={},f={},h={},p=new WeakMap,x=[],y=null,m=!1,g=null,E=null,C=null,M=null,F=null,D=null,v=null,w=new kn(0,0,0),q=0,X=!1,Z=null,se=null,me=null,V=null,xe=null,ye=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),ie=!1,De=0,pe=n.getParameter(n.VERSION);pe.indexOf("WebGL")!==-1?(De=parseFloat(/^WebGL (\d)/.exec(pe)[1]),ie=De>=1):pe.indexOf("OpenGL ES")!==-1&&(De=parseFloat(/^OpenGL ES (\d)/.exec(pe)[1]),ie=De>=2);let Ie=null,re={},je=n.getParameter(n.SCISSOR_BOX),kt=n.getParameter(n.VIEWPORT),Ee=new _i().fromArray(je),Xe=new _i().fromArray(kt);function wt(U,he,le,Pe){let Ue=new Uint8Array(4),ke=n.createTexture();n.bindTexture(U,ke),n.texParameteri(U,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(U,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let tt=0;tt<le;tt++)U===n.TEXTURE_3D||U===n.TEXTURE_2D_ARRAY?n.texImage3D(he,0,n.RGBA,1,1,Pe,0,n.RGBA,n.UNSIGNED_BYTE,Ue):n.texImage2D(he+tt,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,Ue);return ke}let Yt={};Yt[n.TEXTURE_2D]=wt(n.TEXTURE_2D,n.TEXTURE_2D,1),Yt[n.TEXTURE_CUBE_MAP]=wt(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),Yt[n.TEXTURE_2D_ARRAY]=wt(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),Yt[n.TEXTURE_3D]=wt(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),nt(n.DEPTH_TEST),a.setFunc(Al),cn(!1),an(qg),nt(n.CULL_FACE),sn(Ao);function nt(U){u[U]!==!0&&(n.enable(U),u[U]=!0)}function tn(U){u[U]!==!1&&(n.disable(U),u[U]=!1)}function In(U,he){return h[U]!==he?(n.bindFramebuffer(U,he),h[U]=he,U===n.DRAW_FRAMEBUFFER&&(h[n.FRAMEBUFFER]=he),U===n.FRAMEBUFFER&&(h[n.DRAW_FRAMEBUFFER]=he),!0):!1}function Kt(U,he){let le=x,Pe=!1;if(U){le=p.get(he),le===void 0&&(le=[],p.set(he,le));let Ue=U.textures;if(le.length!==Ue.length||le[0]!==n.COLOR_ATTACHMENT0){for(let ke=0,tt=Ue.length;ke<tt;ke++)le[ke]=n.COLOR_ATTACHMENT0+ke;le.length=Ue.length,Pe=!0}}else le[0]!==n.BACK&&(le[0]=n.BACK,Pe=!0);Pe&&n.drawBuffers(le)}function Rn(U){return y!==U?(n.useProgram(U),y=U,!0):!1}let gt={[To]:n.FUNC_ADD,[Zx]:n.FUNC_SUBTRACT,[jx]:n.FUNC_REVERSE_SUBTRACT};gt[Kx]=n.MIN,gt[Jx]=n.MAX;let Ot={[Qx]:n.ZERO,[ev]:n.ONE,[tv]:n.SRC_COLOR,[Jg]:n.SRC_ALPHA,[ov]:n.SRC_ALPHA_SATURATE,[sv]:n.DST_COLOR,[iv]:n.DST_ALPHA,[nv]:n.ONE_MINUS_SRC_COLOR,[Qg]:n.ONE_MINUS_SRC_ALPHA,[av]:n.ONE_MINUS_DST_COLOR,[rv]:n.ONE_MINUS_DST_ALPHA,[lv]:n.CONSTANT_COLOR,[cv]:n.ONE_MINUS_CONSTANT_COLOR,[uv]:n.CONSTANT_ALPHA,[hv]:n.ONE_MINUS_CONSTANT_ALPHA};function sn(U,he,le,Pe,Ue,ke,tt,Ht,ze,Pt){if(U===Ao){m===!0&&(tn(n.BLEND),m=!1);return}if(m===!1&&(nt(n.BLEND),m=!0),U!==qx){if(U!==g||Pt!==X){if((E!==To||F!==To)&&(n.blendEquation(n.FUNC_ADD),E=To,F=To),Pt)switch(U){case Ol:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Zg:n.blendFunc(n.ONE,n.ONE);break;case jg:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Kg:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:yn("WebGLState: Invalid blending: ",U);break}else switch(U){case Ol:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Zg:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case jg:yn("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Kg:yn("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:yn("WebGLState: Invalid blending: ",U);break}C=null,M=null,D=null,v=null,w.set(0,0,0),q=0,g=U,X=Pt}return}Ue=Ue||he,ke=ke||le,tt=tt||Pe,(he!==E||Ue!==F)&&(n.blendEquationSeparate(gt[he],gt[Ue]),E=he,F=Ue),(le!==C||Pe!==M||ke!==D||tt!==v)&&(n.blendFuncSeparate(Ot[le],Ot[Pe],Ot[ke],Ot[tt]),C=le,M=Pe,D=ke,v=tt),(Ht.equals(w)===!1||ze!==q)&&(n.blendColor(Ht.r,Ht.g,Ht.b,ze),w.copy(Ht),q=ze),g=U,X=!1}function Xt(U,he){U.side===bs?tn(n.CULL_FACE):nt(n.CULL_FACE);let le=U.side===ar;he&&(le=!le),cn(le),U.blending===Ol&&U.transparent===!1?sn(Ao):sn(U.blending,U.blendEquation,U.blendSrc,U.blendDst,U.blendEquationAlpha,U.blendSrcAlpha,U.blendDstAlpha,U.blendColor,U.blendAlpha,U.premultipliedAlpha),a.setFunc(U.depthFunc),a.setTest(U.depthTest),a.setMask(U.depthWrite),s.setMask(U.colorWrite);let Pe=U.stencilWrite;o.setTest(Pe),Pe&&(o.setMask(U.stencilWriteMask),o.setFunc(U.stencilFunc,U.stencilRef,U.stencilFuncMask),o.setOp(U.stencilFail,U.stencilZFail,U.stencilZPass)),Yn(U.polygonOffset,U.polygonOffsetFactor,U.polygonOffsetUnits),U.alphaToCoverage===!0?nt(n.SAMPLE_ALPHA_TO_COVERAGE):tn(n.SAMPLE_ALPHA_TO_COVERAGE)}function cn(U){Z!==U&&(U?n.frontFace(n.CW):n.frontFace(n.CCW),Z=U)}function an(U){U!==Xx?(nt(n.CULL_FACE),U!==se&&(U===qg?n.cullFace(n.BACK):U===$x?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):tn(n.CULL_FACE),se=U}function fi(U){U!==me&&(ie&&n.lineWidth(U),me=U)}function Yn(U,he,le){U?(nt(n.POLYGON_OFFSET_FILL),(V!==he||xe!==le)&&(V=he,xe=le,a.getReversed()&&(he=-he,le=-le),n.polygonOffset(he,le))):tn(n.POLYGON_OFFSET_FILL)}function R(U){U?nt(n.SCISSOR_TEST):tn(n.SCISSOR_TEST)}function ri(U){U===void 0&&(U=n.TEXTURE0+ye-1),Ie!==U&&(n.activeTexture(U),Ie=U)}function ni(U,he,le){le===void 0&&(Ie===null?le=n.TEXTURE0+ye-1:le=Ie);let Pe=re[le];Pe===void 0&&(Pe={type:void 0,texture:void 0},re[le]=Pe),(Pe.type!==U||Pe.texture!==he)&&(Ie!==le&&(n.activeTexture(le),Ie=le),n.bindTexture(U,he||Yt[U]),Pe.type=U,Pe.texture=he)}function K(){let U=re[Ie];U!==void 0&&U.type!==void 0&&(n.bindTexture(U.type,null),U.type=void 0,U.texture=void 0)}function Hn(){try{n.compressedTexImage2D(...arguments)}catch(U){yn("WebGLState:",U)}}function xn(){try{n.compressedTexImage3D(...arguments)}catch(U){yn("WebGLState:",U)}}function Dn(){try{n.texSubImage2D(...arguments)}catch(U){yn("WebGLState:",U)}}function et(){try{n.texSubImage3D(...arguments)}catch(U){yn("WebGLState:",U)}}function xt(){try{n.compressedTexSubImage2D(...arguments)}catch(U){yn("WebGLState:",U)}}function Gt(){try{n.compressedTexSubImage3D(...arguments)}catch(U){yn("WebGLState:",U)}}function Qt(){try{n.texStorage2D(...arguments)}catch(U){yn("WebGLState:",U)}}function O(){try{n.texStorage3D(...arguments)}catch(U){yn("WebGLState:",U)}}function S(){try{n.texImage2D(...arguments)}catch(U){yn("WebGLState:",U)}}function ae(){try{n.texImage3D(...arguments)}catch(U){yn("WebGLState:",U)}}function Ye(U){return f[U]!==void 0?f[U]:n.getParameter(U)}function Oe(U,he){f[U]!==he&&(n.pixelStorei(U,he),f[U]=he)}function ut(U){Ee.equals(U)===!1&&(n.scissor(U.x,U.y,U.z,U.w),Ee.copy(U))}function ht(U){Xe.equals(U)===!1&&(n.viewport(U.x,U.y,U.z,U.w),Xe.copy(U))}function we(U,he){let le=l.get(he);le===void 0&&(le=new WeakMap,l.set(he,le));let Pe=le.get(U);Pe===void 0&&(Pe=n.getUniformBlockIndex(he,U.name),n.uniformBlockBinding(he,Pe,Pe),le.set(U,Pe))}function Ne(U,he,le){let Ue=l.get(he).get(U);c[Ue]!==le&&(n.bindBufferBase(n.UNIFORM_BUFFER,Ue,le),c[Ue]=le)}function Te(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),u={},f={},Ie=null,re={},h={},c={},p=new WeakMap,x=[],y=null,m=!1,g=null,E=null,C=null,M=null,F=null,D=null,v=null,w=new kn(0,0,0),q=0,X=!1,Z=null,se=null,me=null,V=null,xe=null,Ee.set(0,0,n.canvas.width,n.canvas.height),Xe.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:nt,disable:tn,bindFramebuffer:In,drawBuffers:Kt,useProgram:Rn,setBlending:sn,setMaterial:Xt,setFlipSided:cn,setCullFace:an,setLineWidth:fi,setPolygonOffset:Yn,setScissorTest:R,activeTexture:ri,bindTexture:ni,unbindTexture:K,compressedTexImage2D:Hn,compressedTexImage3D:xn,texImage2D:S,texImage3D:ae,pixelStorei:Oe,getParameter:Ye,updateUBOMapping:we,uniformBlockBinding:Ne,texStorage2D:Qt,texStorage3D:O,texSubImage2D:Dn,texSubImage3D:et,compressedTexSubImage2D:xt,compressedTexSubImage3D:Gt,scissor:ut,viewport:ht,reset:Te}}function JR(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),l=new Cn,u=new WeakMap,f=new Set,h,p=new WeakMap,x=new Set,y=new FinalizationRegistry(O=>x.delete(O)),m=!1;try{m=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function g(O,S){return m?new OffscreenCanvas(O,S):lu("canvas")}function E(O,S,ae){let Ye=1,Oe=Qt(O);if((Oe.width>ae||Oe.height>ae)&&(Ye=ae/Math.max(Oe.width,Oe.height)),Ye<1)if(typeof HTMLImageElement<"u"&&O instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&O instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&O instanceof ImageBitmap||typeof VideoFrame<"u"&&O instanceof VideoFrame){let ut=Math.floor(Ye*Oe.width),ht=Math.floor(Ye*Oe.height);h===void 0&&(h=g(ut,ht));let we=S?g(ut,ht):h;return we.width=ut,we.height=ht,we.getContext("2d").drawImage(O,0,0,ut,ht),_n("WebGLRenderer: Texture has been resized from ("+Oe.width+"x"+Oe.height+") to ("+ut+"x"+ht+")."),we}else return"data"in O&&_n("WebGLRenderer: Image in DataTexture is too big ("+Oe.width+"x"+Oe.height+")."),O;return O}function C(O){return O.generateMipmaps}function M(O){n.generateMipmap(O)}function F(O){return O.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:O.isWebGL3DRenderTarget?n.TEXTURE_3D:O.isWebGLArrayRenderTarget||O.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function D(O,S,ae,Ye,Oe,ut=!1){if(O!==null){if(n[O]!==void 0)return n[O];_n("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+O+"'")}let ht;Ye&&(ht=e.get("EXT_texture_norm16"),ht||_n("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let we=S;if(S===n.RED&&(ae===n.FLOAT&&(we=n.R32F),ae===n.HALF_FLOAT&&(we=n.R16F),ae===n.UNSIGNED_BYTE&&(we=n.R8),ae===n.UNSIGNED_SHORT&&ht&&(we=ht.R16_EXT),ae===n.SHORT&&ht&&(we=ht.R16_SNORM_EXT)),S===n.RED_INTEGER&&(ae===n.UNSIGNED_BYTE&&(we=n.R8UI),ae===n.UNSIGNED_SHORT&&(we=n.R16UI),ae===n.UNSIGNED_INT&&(we=n.R32UI),ae===n.BYTE&&(we=n.R8I),ae===n.SHORT&&(we=n.R16I),ae===n.INT&&(we=n.R32I)),S===n.RG&&(ae===n.FLOAT&&(we=n.RG32F),ae===n.HALF_FLOAT&&(we=n.RG16F),ae===n.UNSIGNED_BYTE&&(we=n.RG8),ae===n.UNSIGNED_SHORT&&ht&&(we=ht.RG16_EXT),ae===n.SHORT&&ht&&(we=ht.RG16_SNORM_EXT)),S===n.RG_INTEGER&&(ae===n.UNSIGNED_BYTE&&(we=n.RG8UI),ae===n.UNSIGNED_SHORT&&(we=n.RG16UI),ae===n.UNSIGNED_INT&&(we=n.RG32UI),ae===n.BYTE&&(we=n.RG8I),ae===n.SHORT&&(we=n.RG16I),ae===n.INT&&(we=n.RG32I)),S===n.RGB_INTEGER&&(ae===n.UNSIGNED_BYTE&&(we=n.RGB8UI),ae===n.UNSIGNED_SHORT&&(we=n.RGB16UI),ae===n.UNSIGNED_INT&&(we=n.RGB32UI),ae===n.BYTE&&(we=n.RGB8I),ae===n.SHORT&&(we=n.RGB16I),ae===n.INT&&(we=n.RGB32I)),S===n.RGBA_INTEGER&&(ae===n.UNSIGNED_BYTE&&(we=n.RGBA8UI),ae===n.UNSIGNED_SHORT&&(we=n.RGBA16UI),ae===n.UNSIGNED_INT&&(we=n.RGBA32UI),ae===n.BYTE&&(we=n.RGBA8I),ae===n.SHORT&&(we=n.RGBA16I),ae===n.INT&&(we=n.RGBA32I)),S===n.RGB&&(ae===n.UNSIGNED_SHORT&&ht&&(we=ht.RGB16_EXT),ae===n.SHORT&&ht&&(we=ht.RGB16_SNORM_EXT),ae===n.UNSIGNED_INT_5_9_9_9_REV&&(we=n.RGB9_E5),ae===n.UNSIGNED_INT_10F_11F_11F_REV&&(we=n.R11F_G11F_B10F)),S===n.RGBA){let Ne=ut?au:Nn.getTransfer(Oe);ae===n.FLOAT&&(we=n.RGBA32F),ae===n.HALF_FLOAT&&(we=n.RGBA16F),ae===n.UNSIGNED_BYTE&&(we=Ne===jn?n.SRGB8_ALPHA8:n.RGBA8),ae===n.UNSIGNED_SHORT&&ht&&(we=ht.RGBA16_EXT),ae===n.SHORT&&ht&&(we=ht.RGBA16_SNORM_EXT),ae===n.UNSIGNED_SHORT_4_4_4_4&&(we=n.RGBA4),ae===n.UNSIGNED_SHORT_5_5_5_1&&(we=n.RGB5_A1)}return(we===n.R16F||we===n.R32F||we===n.RG16F||we===n.RG32F||we===n.RGBA16F||we===n.RGBA32F)&&e.get("EXT_color_buffer_float"),we}function v(O,S){let ae;return O?S===null||S===Zr||S===Co?ae=n.DEPTH24_STENCIL8:S===jr?ae=n.DEPTH32F_STENCIL8:S===Ul&&(ae=n.DEPTH24_STENCIL8,_n("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):S===null||S===Zr||S===Co?ae=n.DEPTH_COMPONENT24:S===jr?ae=n.DEPTH_COMPONENT32F:S===Ul&&(ae=n.DEPTH_COMPONENT16),ae}function w(O,S){return C(O)===!0||O.isFramebufferTexture&&O.minFilter!==Vi&&O.minFilter!==sr?Math.log2(Math.max(S.width,S.height))+1:O.mipmaps.length>0?O.mipmaps.length:O.isCompressedTexture&&Array.isArray(O.image)?S.mipmaps.length:1}function q(O){let S=new WeakRef(O);i.get(O).__ref=S,x.add(S),y.register(O,S,S)}function X(O){let S=i.get(O).__ref;S!==void 0&&(x.delete(S),y.unregister(S))}function Z(O){me(O.target)}function se(O){V(O.target)}function me(O){O.removeEventListener("dispose",Z),X(O),ye(O),O.isVideoTexture&&u.delete(O),O.isHTMLTexture&&f.delete(O)}function V(O){O.removeEventListener("dispose",se),X(O),De(O)}function xe(){for(let O of x){let S=O.deref();S!==void 0&&(S.isRenderTarget===!0?V(S):me(S))}x.clear(),f.clear()}function ye(O){let S=i.get(O);if(S.__webglInit===void 0)return;let ae=O.source,Ye=p.get(ae);if(Ye){let Oe=Ye[S.__cacheKey];Oe.usedTimes--,Oe.usedTimes===0&&ie(O),Object.keys(Ye).length===0&&p.delete(ae)}i.remove(O)}function ie(O){let S=i.get(O);n.deleteTexture(S.__webglTexture);let ae=O.source,Ye=p.get(ae);delete Ye[S.__cacheKey],a.memory.textures--}function De(O){let S=i.get(O);S.__depthDisposeCallback&&S.__depthDisposeCallback();let ae=O.depthTexture;if(ae&&ae.renderTarget===O&&me(ae),O.isWebGLCubeRenderTarget)for(let Oe=0;Oe<6;Oe++){if(Array.isArray(S.__webglFramebuffer[Oe]))for(let ut=0;ut<S.__webglFramebuffer[Oe].length;ut++)n.deleteFramebuffer(S.__webglFramebuffer[Oe][ut]);else n.deleteFramebuffer(S.__webglFramebuffer[Oe]);S.__webglDepthbuffer&&n.deleteRenderbuffer(S.__webglDepthbuffer[Oe])}else{if(Array.isArray(S.__webglFramebuffer))for(let Oe=0;Oe<S.__webglFramebuffer.length;Oe++)n.deleteFramebuffer(S.__webglFramebuffer[Oe]);else n.deleteFramebuffer(S.__webglFramebuffer);if(S.__webglDepthbuffer&&n.deleteRenderbuffer(S.__webglDepthbuffer),S.__webglMultisampledFramebuffer&&n.deleteFramebuffer(S.__webglMultisampledFramebuffer),S.__webglColorRenderbuffer)for(let Oe=0;Oe<S.__webglColorRenderbuffer.length;Oe++)S.__webglColorRenderbuffer[Oe]&&n.deleteRenderbuffer(S.__webglColorRenderbuffer[Oe]);S.__webglDepthRenderbuffer&&n.deleteRenderbuffer(S.__webglDepthRenderbuffer)}let Ye=O.textures;for(let Oe=0,ut=Ye.length;Oe<ut;Oe++){let ht=i.get(Ye[Oe]);ht.__webglTexture&&(n.deleteTexture(ht.__webglTexture),a.memory.textures--),i.remove(Ye[Oe])}i.remove(O)}let pe=0;function Ie(){pe=0}function re(){return pe}function je(O){pe=O}function kt(){let O=pe;return O>=r.maxTextures&&_n("WebGLTextures: Trying to use "+(O+1)+" texture units while this GPU supports only "+r.maxTextures),pe+=1,O}function Ee(O){let S=[];return S.push(O.wrapS),S.push(O.wrapT),S.push(O.wrapR||0),S.push(O.magFilter),S.push(O.minFilter),S.push(O.anisotropy),S.push(O.internalFormat),S.push(O.format),S.push(O.type),S.push(O.generateMipmaps),S.push(O.mipmapsAutoUpdate),S.push(O.premultiplyAlpha),S.push(O.flipY),S.push(O.unpackAlignment),S.push(O.colorSpace),S.join()}function Xe(O,S){let ae=i.get(O);if(O.isVideoTexture&&xt(O),O.isRenderTargetTexture===!1&&O.isExternalTexture!==!0&&O.version>0&&ae.__version!==O.version){let Ye=O.image;if(Ye===null)_n("WebGLRenderer: Texture marked for update but no image data found.");else if(Ye.complete===!1)_n("WebGLRenderer: Texture marked for update but image is incomplete");else{Xt(ae,O,S);return}}else O.isExternalTexture&&(ae.__webglTexture=O.sourceTexture?O.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,ae.__webglTexture,n.TEXTURE0+S)}function wt(O,S){let ae=i.get(O);if(O.isRenderTargetTexture===!1&&O.version>0&&ae.__version!==O.version){Xt(ae,O,S);return}else O.isExternalTexture&&(ae.__webglTexture=O.sourceTexture?O.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,ae.__webglTexture,n.TEXTURE0+S)}function Yt(O,S){let ae=i.get(O);if(O.isRenderTargetTexture===!1&&O.version>0&&ae.__version!==O.version){Xt(ae,O,S);return}t.bindTexture(n.TEXTURE_3D,ae.__webglTexture,n.TEXTURE0+S)}function nt(O,S){let ae=i.get(O);if(O.version>0&&ae.__version!==O.version){cn(ae,O,S);return}t.bindTexture(n.TEXTURE_CUBE_MAP,ae.__webglTexture,n.TEXTURE0+S)}let tn={[$f]:n.REPEAT,[vs]:n.CLAMP_TO_EDGE,[Yf]:n.MIRRORED_REPEAT},In={[Vi]:n.NEAREST,[pv]:n.NEAREST_MIPMAP_NEAREST,[bu]:n.NEAREST_MIPMAP_LINEAR,[sr]:n.LINEAR,[vd]:n.LINEAR_MIPMAP_NEAREST,[Zs]:n.LINEAR_MIPMAP_LINEAR},Kt={[xv]:n.NEVER,[v0]:n.ALWAYS,[vv]:n.LESS,[_0]:n.LEQUAL,[yv]:n.EQUAL,[x0]:n.GEQUAL,[Sv]:n.GREATER,[bv]:n.NOTEQUAL};function Rn(O,S){if(S.type===jr&&e.has("OES_texture_float_linear")===!1&&(S.magFilter===sr||S.magFilter===vd||S.magFilter===bu||S.magFilter===Zs||S.minFilter===sr||S.minFilter===vd||S.minFilter===bu||S.minFilter===Zs)&&_n("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(O,n.TEXTURE_WRAP_S,tn[S.wrapS]),n.texParameteri(O,n.TEXTURE_WRAP_T,tn[S.wrapT]),(O===n.TEXTURE_3D||O===n.TEXTURE_2D_ARRAY)&&n.texParameteri(O,n.TEXTURE_WRAP_R,tn[S.wrapR]),n.texParameteri(O,n.TEXTURE_MAG_FILTER,In[S.magFilter]),n.texParameteri(O,n.TEXTURE_MIN_FILTER,In[S.minFilter]),S.compareFunction&&(n.texParameteri(O,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(O,n.TEXTURE_COMPARE_FUNC,Kt[S.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(S.magFilter===Vi||S.minFilter!==bu&&S.minFilter!==Zs||S.type===jr&&e.has("OES_texture_float_linear")===!1)return;if(S.anisotropy>1||i.get(S).__currentAnisotropy){let ae=e.get("EXT_texture_filter_anisotropic");n.texParameterf(O,ae.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(S.anisotropy,r.getMaxAnisotropy())),i.get(S).__currentAnisotropy=S.anisotropy}}}function gt(O,S){let ae=!1;O.__webglInit===void 0&&(O.__webglInit=!0,S.addEventListener("dispose",Z),q(S));let Ye=S.source,Oe=p.get(Ye);Oe===void 0&&(Oe={},p.set(Ye,Oe));let ut=Ee(S);if(ut!==O.__cacheKey){Oe[ut]===void 0&&(Oe[ut]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,ae=!0),Oe[ut].usedTimes++;let ht=Oe[O.__cacheKey];ht!==void 0&&(Oe[O.__cacheKey].usedTimes--,ht.usedTimes===0&&ie(S)),O.__cacheKey=ut,O.__webglTexture=Oe[ut].texture}return ae}function Ot(O,S,ae){return Math.floor(Math.floor(O/ae)/S)}function sn(O,S,ae,Ye){let ut=O.updateRanges;if(ut.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,S.width,S.height,ae,Ye,S.data);else{ut.sort((U,he)=>U.start-he.start);let ht=0;for(let U=1;U<ut.length;U++){let he=ut[ht],le=ut[U],Pe=he.start+he.count,Ue=Ot(le.start,S.width,4),ke=Ot(he.start,S.width,4);le.start<=Pe+1&&Ue===ke&&Ot(le.start+le.count-1,S.width,4)===Ue?he.count=Math.max(he.count,le.start+le.count-he.start):(++ht,ut[ht]=le)}ut.length=ht+1;let we=t.getParameter(n.UNPACK_ROW_LENGTH),Ne=t.getParameter(n.UNPACK_SKIP_PIXELS),Te=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,S.width);for(let U=0,he=ut.length;U<he;U++){let le=ut[U],Pe=Math.floor(le.start/4),Ue=Math.ceil(le.count/4),ke=Pe%S.width,tt=Math.floor(Pe/S.width),Ht=Ue,ze=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,ke),t.pixelStorei(n.UNPACK_SKIP_ROWS,tt),t.texSubImage2D(n.TEXTURE_2D,0,ke,tt,Ht,ze,ae,Ye,S.data)}O.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,we),t.pixelStorei(n.UNPACK_SKIP_PIXELS,Ne),t.pixelStorei(n.UNPACK_SKIP_ROWS,Te)}}function Xt(O,S,ae){let Ye=n.TEXTURE_2D;(S.isDataArrayTexture||S.isCompressedArrayTexture)&&(Ye=n.TEXTURE_2D_ARRAY),S.isData3DTexture&&(Ye=n.TEXTURE_3D);let Oe=gt(O,S),ut=S.source;t.bindTexture(Ye,O.__webglTexture,n.TEXTURE0+ae);let ht=i.get(ut);if(ut.version!==ht.__version||Oe===!0){if(t.activeTexture(n.TEXTURE0+ae),(typeof ImageBitmap<"u"&&S.image instanceof ImageBitmap)===!1){let ze=Nn.getPrimaries(Nn.workingColorSpace),Pt=S.colorSpace===Ks?null:Nn.getPrimaries(S.colorSpace),Zt=S.colorSpace===Ks||ze===Pt?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,S.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,S.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,Zt)}t.pixelStorei(n.UNPACK_ALIGNMENT,S.unpackAlignment);let Ne=E(S.image,!1,r.maxTextureSize);Ne=Gt(S,Ne);let Te=s.convert(S.format,S.colorSpace),U=s.convert(S.type),he=D(S.internalFormat,Te,U,S.normalized,S.colorSpace,S.isVideoTexture);Rn(Ye,S);let le,Pe=S.mipmaps,Ue=S.isVideoTexture!==!0,ke=ht.__version===void 0||Oe===!0,tt=ut.dataReady,Ht=w(S,Ne);if(S.isDepthTexture)he=v(S.format===js,S.type),ke&&(Ue?t.texStorage2D(n.TEXTURE_2D,1,he,Ne.width,Ne.height):t.texImage2D(n.TEXTURE_2D,0,he,Ne.width,Ne.height,0,Te,U,null));else if(S.isDataTexture)if(Pe.length>0){Ue&&ke&&t.texStorage2D(n.TEXTURE_2D,Ht,he,Pe[0].width,Pe[0].height);for(let ze=0,Pt=Pe.length;ze<Pt;ze++)le=Pe[ze],Ue?tt&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,le.width,le.height,Te,U,le.data):t.texImage2D(n.TEXTURE_2D,ze,he,le.width,le.height,0,Te,U,le.data);S.generateMipmaps=!1}else Ue?(ke&&t.texStorage2D(n.TEXTURE_2D,Ht,he,Ne.width,Ne.height),tt&&sn(S,Ne,Te,U)):t.texImage2D(n.TEXTURE_2D,0,he,Ne.width,Ne.height,0,Te,U,Ne.data);else if(S.isCompressedTexture)if(S.isCompressedArrayTexture){Ue&&ke&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Ht,he,Pe[0].width,Pe[0].height,Ne.depth);for(let ze=0,Pt=Pe.length;ze<Pt;ze++)if(le=Pe[ze],S.format!==Jr)if(Te!==null)if(Ue){if(tt)if(S.layerUpdates.size>0){let Zt=R0(le.width,le.height,S.format,S.type);for(let rt of S.layerUpdates){let hn=le.data.subarray(rt*Zt/le.data.BYTES_PER_ELEMENT,(rt+1)*Zt/le.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,rt,le.width,le.height,1,Te,hn)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,0,le.width,le.height,Ne.depth,Te,le.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,ze,he,le.width,le.height,Ne.depth,0,le.data,0,0);else _n("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else Ue?tt&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,0,le.width,le.height,Ne.depth,Te,U,le.data):t.texImage3D(n.TEXTURE_2D_ARRAY,ze,he,le.width,le.height,Ne.depth,0,Te,U,le.data);S.layerUpdates.size>0&&S.clearLayerUpdates()}else{Ue&&ke&&t.texStorage2D(n.TEXTURE_2D,Ht,he,Pe[0].width,Pe[0].height);for(let ze=0,Pt=Pe.length;ze<Pt;ze++)le=Pe[ze],S.format!==Jr?Te!==null?Ue?tt&&t.compressedTexSubImage2D(n.TEXTURE_2D,ze,0,0,le.width,le.height,Te,le.data):t.compressedTexImage2D(n.TEXTURE_2D,ze,he,le.width,le.height,0,le.data):_n("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):Ue?tt&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,le.width,le.height,Te,U,le.data):t.texImage2D(n.TEXTURE_2D,ze,he,le.width,le.height,0,Te,U,le.data)}else if(S.isDataArrayTexture)if(Ue){if(ke&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Ht,he,Ne.width,Ne.height,Ne.depth),tt)if(S.layerUpdates.size>0){let ze=R0(Ne.width,Ne.height,S.format,S.type);for(let Pt of S.layerUpdates){let Zt=Ne.data.subarray(Pt*ze/Ne.data.BYTES_PER_ELEMENT,(Pt+1)*ze/Ne.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Pt,Ne.width,Ne.height,1,Te,U,Zt)}S.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,Ne.width,Ne.height,Ne.depth,Te,U,Ne.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,he,Ne.width,Ne.height,Ne.depth,0,Te,U,Ne.data);else if(S.isData3DTexture)Ue?(ke&&t.texStorage3D(n.TEXTURE_3D,Ht,he,Ne.width,Ne.height,Ne.depth),tt&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,Ne.width,Ne.height,Ne.depth,Te,U,Ne.data)):t.texImage3D(n.TEXTURE_3D,0,he,Ne.width,Ne.height,Ne.depth,0,Te,U,Ne.data);else if(S.isFramebufferTexture){if(ke)if(Ue)t.texStorage2D(n.TEXTURE_2D,Ht,he,Ne.width,Ne.height);else{let ze=Ne.width,Pt=Ne.height;for(let Zt=0;Zt<Ht;Zt++)t.texImage2D(n.TEXTURE_2D,Zt,he,ze,Pt,0,Te,U,null),ze>>=1,Pt>>=1}}else if(S.isHTMLTexture){if("texElementImage2D"in n){let ze=n.canvas;if(ze.hasAttribute("layoutsubtree")||ze.setAttribute("layoutsubtree","true"),Ne.parentNode!==ze){ze.appendChild(Ne),f.add(S),ze.onpaint=Pt=>{let Zt=Pt.changedElements;for(let rt of f)Zt.includes(rt.image)&&(rt.needsUpdate=!0)},ze.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,Ne);else{let Zt=n.RGBA,rt=n.RGBA,hn=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,Zt,rt,hn,Ne)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(Pe.length>0){if(Ue&&ke){let ze=Qt(Pe[0]);t.texStorage2D(n.TEXTURE_2D,Ht,he,ze.width,ze.height)}for(let ze=0,Pt=Pe.length;ze<Pt;ze++)le=Pe[ze],Ue?tt&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,Te,U,le):t.texImage2D(n.TEXTURE_2D,ze,he,Te,U,le);S.generateMipmaps=!1}else if(Ue){if(ke){let ze=Qt(Ne);t.texStorage2D(n.TEXTURE_2D,Ht,he,ze.width,ze.height)}tt&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,Te,U,Ne)}else t.texImage2D(n.TEXTURE_2D,0,he,Te,U,Ne);C(S)&&S.mipmapsAutoUpdate===!0&&M(Ye),ht.__version=ut.version,S.onUpdate&&S.onUpdate(S)}O.__version=S.version}function cn(O,S,ae){if(S.image.length!==6)return;let Ye=gt(O,S),Oe=S.source;t.bindTexture(n.TEXTURE_CUBE_MAP,O.__webglTexture,n.TEXTURE0+ae);let ut=i.get(Oe);if(Oe.version!==ut.__version||Ye===!0){t.activeTexture(n.TEXTURE0+ae);let ht=Nn.getPrimaries(Nn.workingColorSpace),we=S.colorSpace===Ks?null:Nn.getPrimaries(S.colorSpace),Ne=S.colorSpace===Ks||ht===we?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,S.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,S.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,S.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,Ne);let Te=S.isCompressedTexture||S.image[0].isCompressedTexture,U=S.image[0]&&S.image[0].isDataTexture,he=[];for(let rt=0;rt<6;rt++)!Te&&!U?he[rt]=E(S.image[rt],!0,r.maxCubemapSize):he[rt]=U?S.image[rt].image:S.image[rt],he[rt]=Gt(S,he[rt]);let le=he[0],Pe=s.convert(S.format,S.colorSpace),Ue=s.convert(S.type),ke=D(S.internalFormat,Pe,Ue,S.normalized,S.colorSpace),tt=S.isVideoTexture!==!0,Ht=ut.__version===void 0||Ye===!0,ze=Oe.dataReady,Pt=w(S,le);Rn(n.TEXTURE_CUBE_MAP,S);let Zt;if(S.isDepthTexture){if(ke=v(S.format===js,S.type),Ht)if(tt)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,ke,le.width,le.height);else for(let rt=0;rt<6;rt++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,ke,le.width,le.height,0,Pe,Ue,null)}else if(Te){tt&&Ht&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Pt,ke,le.width,le.height);for(let rt=0;rt<6;rt++){Zt=he[rt].mipmaps;for(let hn=0;hn<Zt.length;hn++){let Kn=Zt[hn];S.format!==Jr?Pe!==null?tt?ze&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn,0,0,Kn.width,Kn.height,Pe,Kn.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn,ke,Kn.width,Kn.height,0,Kn.data):_n("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn,0,0,Kn.width,Kn.height,Pe,Ue,Kn.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn,ke,Kn.width,Kn.height,0,Pe,Ue,Kn.data)}}}else{if(Zt=S.mipmaps,tt&&Ht){Zt.length>0&&Pt++;let rt=Qt(he[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Pt,ke,rt.width,rt.height)}for(let rt=0;rt<6;rt++)if(U){tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,0,0,he[rt].width,he[rt].height,Pe,Ue,he[rt].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,ke,he[rt].width,he[rt].height,0,Pe,Ue,he[rt].data);for(let hn=0;hn<Zt.length;hn++){let An=Zt[hn].image[rt].image;tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn+1,0,0,An.width,An.height,Pe,Ue,An.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn+1,ke,An.width,An.height,0,Pe,Ue,An.data)}}else{tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,0,0,Pe,Ue,he[rt]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,ke,Pe,Ue,he[rt]);for(let hn=0;hn<Zt.length;hn++){let Kn=Zt[hn];tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn+1,0,0,Pe,Ue,Kn.image[rt]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,hn+1,ke,Pe,Ue,Kn.image[rt])}}}C(S)&&S.mipmapsAutoUpdate===!0&&M(n.TEXTURE_CUBE_MAP),ut.__version=Oe.version,S.onUpdate&&S.onUpdate(S)}O.__version=S.version}function an(O,S,ae,Ye,Oe,ut){let ht=s.convert(ae.format,ae.colorSpace),we=s.convert(ae.type),Ne=D(ae.internalFormat,ht,we,ae.normalized,ae.colorSpace),Te=i.get(S),U=i.get(ae);if(U.__renderTarget=S,!Te.__hasExternalTextures){let he=Math.max(1,S.width>>ut),le=Math.max(1,S.height>>ut);Oe===n.TEXTURE_3D||Oe===n.TEXTURE_2D_ARRAY?t.texImage3D(Oe,ut,Ne,he,le,S.depth,0,ht,we,null):t.texImage2D(Oe,ut,Ne,he,le,0,ht,we,null)}t.bindFramebuffer(n.FRAMEBUFFER,O),et(S)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ye,Oe,U.__webglTexture,0,Dn(S)):(Oe===n.TEXTURE_2D||Oe>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&Oe<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,Ye,Oe,U.__webglTexture,ut),t.bindFramebuffer(n.FRAMEBUFFER,null)}function fi(O,S,ae){if(n.bindRenderbuffer(n.RENDERBUFFER,O),S.depthBuffer){let Ye=S.depthTexture,Oe=Ye&&Ye.isDepthTexture?Ye.type:null,ut=v(S.stencilBuffer,Oe),ht=S.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;et(S)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,Dn(S),ut,S.width,S.height):ae?n.renderbufferStorageMultisample(n.RENDERBUFFER,Dn(S),ut,S.width,S.height):n.renderbufferStorage(n.RENDERBUFFER,ut,S.width,S.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,ht,n.RENDERBUFFER,O)}else{let Ye=S.textures;for(let Oe=0;Oe<Ye.length;Oe++){let ut=Ye[Oe],ht=s.convert(ut.format,ut.colorSpace),we=s.convert(ut.type),Ne=D(ut.internalFormat,ht,we,ut.normalized,ut.colorSpace);et(S)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,Dn(S),Ne,S.width,S.height):ae?n.renderbufferStorageMultisample(n.RENDERBUFFER,Dn(S),Ne,S.width,S.height):n.renderbufferStorage(n.RENDERBUFFER,Ne,S.width,S.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function Yn(O,S,ae){let Ye=S.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,O),!(S.depthTexture&&S.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let Oe=i.get(S.depthTexture);Oe.__renderTarget=S;let ut=Ye?S.depthTexture.image[0]:S.depthTexture.image;(!Oe.__webglTexture||ut.width!==S.width||ut.height!==S.height)&&(ut.width=S.width,ut.height=S.height,S.depthTexture.needsUpdate=!0),Ye?nt(S.depthTexture,0):Xe(S.depthTexture,0);let ht=Oe.__webglTexture,we=Dn(S),Ne=Ye?n.TEXTURE_CUBE_MAP_POSITIVE_X+ae:n.TEXTURE_2D,Te=S.depthTexture.format===js?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(S.depthTexture.format===Ys)et(S)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Te,Ne,ht,0,we):n.framebufferTexture2D(n.FRAMEBUFFER,Te,Ne,ht,0);else if(S.depthTexture.format===js)et(S)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Te,Ne,ht,0,we):n.framebufferTexture2D(n.FRAMEBUFFER,Te,Ne,ht,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function R(O){let S=i.get(O),ae=O.isWebGLCubeRenderTarget===!0;if(S.__boundDepthTexture!==O.depthTexture){let Ye=O.depthTexture;if(S.__depthDisposeCallback&&S.__depthDisposeCallback(),Ye){let Oe=()=>{delete S.__boundDepthTexture,delete S.__depthDisposeCallback,Ye.removeEventListener("dispose",Oe)};Ye.addEventListener("dispose",Oe),S.__depthDisposeCallback=Oe}S.__boundDepthTexture=Ye}if(O.depthTexture&&!S.__autoAllocateDepthBuffer)if(ae)for(let Ye=0;Ye<6;Ye++)Yn(S.__webglFramebuffer[Ye],O,Ye);else O.texture.mipmaps.length>0?Yn(S.__webglFramebuffer[0],O,0):Yn(S.__webglFramebuffer,O,0);else if(ae){S.__webglDepthbuffer=[];for(let Ye=0;Ye<6;Ye++)if(t.bindFramebuffer(n.FRAMEBUFFER,S.__webglFramebuffer[Ye]),S.__webglDepthbuffer[Ye]===void 0)S.__webglDepthbuffer[Ye]=n.createRenderbuffer(),fi(S.__webglDepthbuffer[Ye],O,!1);else{let Oe=O.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ut=S.__webglDepthbuffer[Ye];n.bindRenderbuffer(n.RENDERBUFFER,ut),n.framebufferRenderbuffer(n.FRAMEBUFFER,Oe,n.RENDERBUFFER,ut)}}else if(O.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,S.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,S.__webglFramebuffer),S.__webglDepthbuffer===void 0)S.__webglDepthbuffer=n.createRenderbuffer(),fi(S.__webglDepthbuffer,O,!1);else{let Oe=O.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ut=S.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,ut),n.framebufferRenderbuffer(n.FRAMEBUFFER,Oe,n.RENDERBUFFER,ut)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function ri(O,S,ae){let Ye=i.get(O);S!==void 0&&an(Ye.__webglFramebuffer,O,O.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),ae!==void 0&&R(O)}function ni(O){let S=O.texture,ae=i.get(O),Ye=i.get(S);O.addEventListener("dispose",se),q(O);let Oe=O.textures,ut=O.isWebGLCubeRenderTarget===!0,ht=Oe.length>1;if(ht||(Ye.__webglTexture===void 0&&(Ye.__webglTexture=n.createTexture()),Ye.__version=S.version,a.memory.textures++),ut){ae.__webglFramebuffer=[];for(let we=0;we<6;we++)if(S.mipmaps.length>0){ae.__webglFramebuffer[we]=[];for(let Ne=0;Ne<S.mipmaps.length;Ne++)ae.__webglFramebuffer[we][Ne]=n.createFramebuffer()}else ae.__webglFramebuffer[we]=n.createFramebuffer()}else{if(S.mipmaps.length>0){ae.__webglFramebuffer=[];for(let we=0;we<S.mipmaps.length;we++)ae.__webglFramebuffer[we]=n.createFramebuffer()}else ae.__webglFramebuffer=n.createFramebuffer();if(ht)for(let we=0,Ne=Oe.length;we<Ne;we++){let Te=i.get(Oe[we]);Te.__webglTexture===void 0&&(Te.__webglTexture=n.createTexture(),a.memory.textures++)}if(O.samples>0&&et(O)===!1){ae.__webglMultisampledFramebuffer=n.createFramebuffer(),ae.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,ae.__webglMultisampledFramebuffer);for(let we=0;we<Oe.length;we++){let Ne=Oe[we];ae.__webglColorRenderbuffer[we]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,ae.__webglColorRenderbuffer[we]);let Te=s.convert(Ne.format,Ne.colorSpace),U=s.convert(Ne.type),he=D(Ne.internalFormat,Te,U,Ne.normalized,Ne.colorSpace,O.isXRRenderTarget===!0),le=Dn(O);n.renderbufferStorageMultisample(n.RENDERBUFFER,le,he,O.width,O.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+we,n.RENDERBUFFER,ae.__webglColorRenderbuffer[we])}n.bindRenderbuffer(n.RENDERBUFFER,null),O.depthBuffer&&(ae.__webglDepthRenderbuffer=n.createRenderbuffer(),fi(ae.__webglDepthRenderbuffer,O,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(ut){t.bindTexture(n.TEXTURE_CUBE_MAP,Ye.__webglTexture),Rn(n.TEXTURE_CUBE_MAP,S);for(let we=0;we<6;we++)if(S.mipmaps.length>0)for(let Ne=0;Ne<S.mipmaps.length;Ne++)an(ae.__webglFramebuffer[we][Ne],O,S,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+we,Ne);else an(ae.__webglFramebuffer[we],O,S,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+we,0);C(S)?M(n.TEXTURE_CUBE_MAP):S.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,S.mipmaps.length-1),t.unbindTexture()}else if(ht){for(let we=0,Ne=Oe.length;we<Ne;we++){let Te=Oe[we],U=i.get(Te),he=n.TEXTURE_2D;(O.isWebGL3DRenderTarget||O.isWebGLArrayRenderTarget)&&(he=O.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(he,U.__webglTexture),Rn(he,Te),an(ae.__webglFramebuffer,O,Te,n.COLOR_ATTACHMENT0+we,he,0),C(Te)&&M(he)}t.unbindTexture()}else{let we=n.TEXTURE_2D;if((O.isWebGL3DRenderTarget||O.isWebGLArrayRenderTarget)&&(we=O.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(we,Ye.__webglTexture),Rn(we,S),S.mipmaps.length>0)for(let Ne=0;Ne<S.mipmaps.length;Ne++)an(ae.__webglFramebuffer[Ne],O,S,n.COLOR_ATTACHMENT0,we,Ne);else an(ae.__webglFramebuffer,O,S,n.COLOR_ATTACHMENT0,we,0);C(S)?M(we):S.mipmaps.length>0&&n.texParameteri(we,n.TEXTURE_MAX_LEVEL,S.mipmaps.length-1),t.unbindTexture()}O.depthBuffer&&R(O)}function K(O){let S=O.textures;for(let ae=0,Ye=S.length;ae<Ye;ae++){let Oe=S[ae];if(C(Oe)&&Oe.mipmapsAutoUpdate===!0){let ut=F(O),ht=i.get(Oe).__webglTexture;t.bindTexture(ut,ht),M(ut),t.unbindTexture()}}}let Hn=[];function xn(O){if(O.samples>0){if(et(O)===!1){let S=O.textures,ae=O.width,Ye=O.height,Oe=n.COLOR_BUFFER_BIT,ut=O.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ht=i.get(O),we=S.length>1;if(we)for(let Te=0;Te<S.length;Te++)t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Te,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+Te,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,ht.__webglMultisampledFramebuffer),O.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ht.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ht.__webglFramebuffer);for(let Te=0;Te<S.length;Te++){if(O.resolveDepthBuffer&&(O.depthBuffer&&(Oe|=n.DEPTH_BUFFER_BIT),O.stencilBuffer&&O.resolveStencilBuffer&&(Oe|=n.STENCIL_BUFFER_BIT)),we){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,ht.__webglColorRenderbuffer[Te]);let U=i.get(S[Te]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,U,0)}n.blitFramebuffer(0,0,ae,Ye,0,0,ae,Ye,Oe,n.NEAREST),c===!0&&(Hn.length=0,Hn.push(n.COLOR_ATTACHMENT0+Te),O.depthBuffer&&O.storeMultisampledDepthBuffer===!1&&Hn.push(ut),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,Hn))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),we)for(let Te=0;Te<S.length;Te++){t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Te,n.RENDERBUFFER,ht.__webglColorRenderbuffer[Te]);let U=i.get(S[Te]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+Te,n.TEXTURE_2D,U,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ht.__webglMultisampledFramebuffer)}else if(O.depthBuffer&&O.storeMultisampledDepthBuffer===!1&&c){let S=O.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[S])}}}function Dn(O){return Math.min(r.maxSamples,O.samples)}function et(O){let S=i.get(O);return O.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&S.__useRenderToTexture!==!1}function xt(O){let S=a.render.frame;u.get(O)!==S&&(u.set(O,S),O.update())}function Gt(O,S){let ae=O.colorSpace,Ye=O.format,Oe=O.type;return O.isCompressedTexture===!0||O.isVideoTexture===!0||ae!==yo&&ae!==Ks&&(Nn.getTransfer(ae)===jn?(Ye!==Jr||Oe!==Er)&&_n("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):yn("WebGLTextures: Unsupported texture color space:",ae)),S}function Qt(O){return typeof HTMLImageElement<"u"&&O instanceof HTMLImageElement?(l.width=O.naturalWidth||O.width,l.height=O.naturalHeight||O.height):typeof VideoFrame<"u"&&O instanceof VideoFrame?(l.width=O.displayWidth,l.height=O.displayHeight):(l.width=O.width,l.height=O.height),l}this.allocateTextureUnit=kt,this.resetTextureUnits=Ie,this.getTextureUnits=re,this.setTextureUnits=je,this.setTexture2D=Xe,this.setTexture2DArray=wt,this.setTexture3D=Yt,this.setTextureCube=nt,this.rebindTextures=ri,this.setupRenderTarget=ni,this.updateRenderTargetMipmap=K,this.updateMultisampleRenderTarget=xn,this.setupDepthRenderbuffer=R,this.setupFrameBufferTexture=an,this.useMultisampledRTT=et,this.dispose=xe}function QR(n,e){function t(i,r=Ks){let s,a=Nn.getTransfer(r);if(i===Er)return n.UNSIGNED_BYTE;if(i===Sd)return n.UNSIGNED_SHORT_4_4_4_4;if(i===bd)return n.UNSIGNED_SHORT_5_5_5_1;if(i===h0)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===f0)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===c0)return n.BYTE;if(i===u0)return n.SHORT;if(i===Ul)return n.UNSIGNED_SHORT;if(i===yd)return n.INT;if(i===Zr)return n.UNSIGNED_INT;if(i===jr)return n.FLOAT;if(i===Kr)return n.HALF_FLOAT;if(i===d0)return n.ALPHA;if(i===p0)return n.RGB;if(i===Jr)return n.RGBA;if(i===Ys)return n.DEPTH_COMPONENT;if(i===js)return n.DEPTH_STENCIL;if(i===m0)return n.RED;if(i===Md)return n.RED_INTEGER;if(i===Ha)return n.RG;if(i===Ed)return n.RG_INTEGER;if(i===Ad)return n.RGBA_INTEGER;if(i===Mu||i===Eu||i===Au||i===Tu)if(a===jn)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===Mu)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===Eu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===Au)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===Tu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===Mu)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===Eu)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===Au)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===Tu)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===Td||i===wd||i===Cd||i===Rd)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===Td)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===wd)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===Cd)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===Rd)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===Id||i===Pd||i===Ld||i===Dd||i===Nd||i===wu||i===Od)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===Id||i===Pd)return a===jn?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===Ld)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===Dd)return s.COMPRESSED_R11_EAC;if(i===Nd)return s.COMPRESSED_SIGNED_R11_EAC;if(i===wu)return s.COMPRESSED_RG11_EAC;if(i===Od)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===Fd||i===Ud||i===Bd||i===kd||i===zd||i===Gd||i===Vd||i===Hd||i===Wd||i===Xd||i===$d||i===Yd||i===qd||i===Zd)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===Fd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===Ud)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===Bd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===kd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===zd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===Gd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Vd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===Hd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===Wd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===Xd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===$d)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===Yd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===qd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===Zd)return a===jn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===jd||i===Kd||i===Jd)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===jd)return a===jn?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===Kd)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===Jd)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===Qd||i===ep||i===Cu||i===tp)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===Qd)return s.COMPRESSED_RED_RGTC1_EXT;if(i===ep)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===Cu)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===tp)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===Co?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var eI=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,tI=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,H0=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new gu(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new Ss({vertexShader:eI,fragmentShader:tI,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new ys(new _u(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},W0=class extends qr{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",c=1,l=null,u=null,f=null,h=null,p=null,x=null,y=typeof XRWebGLBinding<"u",m=new H0,g={},E=t.getContextAttributes(),C=null,M=null,F=[],D=[],v=new Cn,w=null,q=null,X=new ir;X.viewport=new _i;let Z=new ir;Z.viewport=new _i;let se=[X,Z],me=new md,V=null,xe=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Ee){let Xe=F[Ee];return Xe===void 0&&(Xe=new Rl,F[Ee]=Xe),Xe.getTargetRaySpace()},this.getControllerGrip=function(Ee){let Xe=F[Ee];return Xe===void 0&&(Xe=new Rl,F[Ee]=Xe),Xe.getGripSpace()},this.getHand=function(Ee){let Xe=F[Ee];return Xe===void 0&&(Xe=new Rl,F[Ee]=Xe),Xe.getHandSpace()};function ye(Ee){let Xe=D.indexOf(Ee.inputSource);if(Xe===-1)return;let wt=F[Xe];wt!==void 0&&(wt.update(Ee.inputSource,Ee.frame,l||a),wt.dispatchEvent({type:Ee.type,data:Ee.inputSource}))}function ie(){r.removeEventListener("select",ye),r.removeEventListener("selectstart",ye),r.removeEventListener("selectend",ye),r.removeEventListener("squeeze",ye),r.removeEventListener("squeezestart",ye),r.removeEventListener("squeezeend",ye),r.removeEventListener("end",ie),r.removeEventListener("inputsourceschange",De);for(let Ee=0;Ee<F.length;Ee++){let Xe=D[Ee];Xe!==null&&(D[Ee]=null,F[Ee].disconnect(Xe))}V=null,xe=null,m.reset();for(let Ee in g)delete g[Ee];if(e.setRenderTarget(C),p=null,h=null,f=null,r=null,M=null,kt.stop(),i.isPresenting=!1,e.setPixelRatio(w),e.setSize(v.width,v.height,!1),q!==null){let Ee=q.camera;Ee.fov=q.fov,Ee.zoom=q.zoom,Ee.updateProjectionMatrix(),q=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Ee){s=Ee,i.isPresenting===!0&&_n("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Ee){o=Ee,i.isPresenting===!0&&_n("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return l||a},this.setReferenceSpace=function(Ee){l=Ee},this.getBaseLayer=function(){return h!==null?h:p},this.getBinding=function(){return f===null&&y&&(f=new XRWebGLBinding(r,t)),f},this.getFrame=function(){return x},this.getSession=function(){return r},this.setSession=async function(Ee){if(r=Ee,r!==null){if(C=e.getRenderTarget(),r.addEventListener("select",ye),r.addEventListener("selectstart",ye),r.addEventListener("selectend",ye),r.addEventListener("squeeze",ye),r.addEventListener("squeezestart",ye),r.addEventListener("squeezeend",ye),r.addEventListener("end",ie),r.addEventListener("inputsourceschange",De),E.xrCompatible!==!0&&await t.makeXRCompatible(),w=e.getPixelRatio(),e.getSize(v),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let wt=null,Yt=null,nt=null;E.depth&&(nt=E.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,wt=E.stencil?js:Ys,Yt=E.stencil?Co:Zr);let tn={colorFormat:t.RGBA8,depthFormat:nt,scaleFactor:s};f=this.getBinding(),h=f.createProjectionLayer(tn),r.updateRenderState({layers:[h]}),e.setPixelRatio(1),e.setSize(h.textureWidth,h.textureHeight,!1),M=new Sr(h.textureWidth,h.textureHeight,{format:Jr,type:Er,depthTexture:new qs(h.textureWidth,h.textureHeight,Yt,void 0,void 0,void 0,void 0,void 0,void 0,wt),stencilBuffer:E.stencil,colorSpace:e.outputColorSpace,samples:E.antialias?4:0,resolveDepthBuffer:h.ignoreDepthValues===!1,resolveStencilBuffer:h.ignoreDepthValues===!1,storeMultisampledDepthBuffer:h.ignoreDepthValues===!1,storeMultisampledStencilBuffer:h.ignoreDepthValues===!1})}else{let wt={antialias:E.antialias,alpha:!0,depth:E.depth,stencil:E.stencil,framebufferScaleFactor:s};p=new XRWebGLLayer(r,t,wt),r.updateRenderState({baseLayer:p}),e.setPixelRatio(1),e.setSize(p.framebufferWidth,p.framebufferHeight,!1),M=new Sr(p.framebufferWidth,p.framebufferHeight,{format:Jr,type:Er,colorSpace:e.outputColorSpace,stencilBuffer:E.stencil,resolveDepthBuffer:p.ignoreDepthValues===!1,resolveStencilBuffer:p.ignoreDepthValues===!1,storeMultisampledDepthBuffer:p.ignoreDepthValues===!1,storeMultisampledStencilBuffer:p.ignoreDepthValues===!1})}M.isXRRenderTarget=!0,this.setFoveation(c),l=null,a=await r.requestReferenceSpace(o),kt.setContext(r),kt.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return m.getDepthTexture()};function De(Ee){for(let Xe=0;Xe<Ee.removed.length;Xe++){let wt=Ee.removed[Xe],Yt=D.indexOf(wt);Yt>=0&&(D[Yt]=null,F[Yt].disconnect(wt))}for(let Xe=0;Xe<Ee.added.length;Xe++){let wt=Ee.added[Xe],Yt=D.indexOf(wt);if(Yt===-1){for(let tn=0;tn<F.length;tn++)if(tn>=D.length){D.push(wt),Yt=tn;break}else if(D[tn]===null){D[tn]=wt,Yt=tn;break}if(Yt===-1)break}let nt=F[Yt];nt&&nt.connect(wt)}}function pe(Ee,Xe){Xe===null?Ee.matrixWorld.copy(Ee.matrix):Ee.matrixWorld.multiplyMatrices(Xe.matrixWorld,Ee.matrix),Ee.matrixWorldInverse.copy(Ee.matrixWorld).invert()}this.updateCamera=function(Ee){if(r===null)return;let Xe=Ee.near,wt=Ee.far;m.texture!==null&&(m.depthNear>0&&(Xe=m.depthNear),m.depthFar>0&&(wt=m.depthFar)),me.near=Z.near=X.near=Xe,me.far=Z.far=X.far=wt,(V!==me.near||xe!==me.far)&&(r.updateRenderState({depthNear:me.near,depthFar:me.far}),V=me.near,xe=me.far),me.layers.mask=Ee.layers.mask|6,X.layers.mask=me.layers.mask&-5,Z.layers.mask=me.layers.mask&-3;let Yt=Ee.parent,nt=me.cameras;pe(me,Yt);for(let tn=0;tn<nt.length;tn++)pe(nt[tn],Yt);me.projectionMatrix.copy(X.projectionMatrix),me.projectionMatrixInverse.copy(X.projectionMatrixInverse),q===null&&Ee.isPerspectiveCamera&&(q={camera:Ee,fov:Ee.fov,zoom:Ee.zoom}),Ie(Ee,me,Yt)};function Ie(Ee,Xe,wt){wt===null?Ee.matrix.copy(Xe.matrixWorld):(Ee.matrix.copy(wt.matrixWorld),Ee.matrix.invert(),Ee.matrix.multiply(Xe.matrixWorld)),Ee.matrix.decompose(Ee.position,Ee.quaternion,Ee.scale),Ee.updateMatrixWorld(!0),Ee.projectionMatrix.copy(Xe.projectionMatrix),Ee.projectionMatrixInverse.copy(Xe.projectionMatrixInverse),Ee.isPerspectiveCamera&&(Ee.fov=wl*2*Math.atan(1/Ee.projectionMatrix.elements[5]),Ee.zoom=1)}this.getCamera=function(){return me},this.getFoveation=function(){if(!(h===null&&p===null))return c},this.setFoveation=function(Ee){c=Ee,h!==null&&(h.fixedFoveation=Ee),p!==null&&p.fixedFoveation!==void 0&&(p.fixedFoveation=Ee)},this.hasDepthSensing=function(){return m.texture!==null},this.getDepthSensingMesh=function(){return m.getMesh(me)},this.getCameraTexture=function(Ee){return g[Ee]};let re=null;function je(Ee,Xe){if(u=Xe.getViewerPose(l||a),x=Xe,u!==null){let wt=u.views;p!==null&&(e.setRenderTargetFramebuffer(M,p.framebuffer),e.setRenderTarget(M));let Yt=!1;wt.length!==me.cameras.length&&(me.cameras.length=0,Yt=!0);for(let Kt=0;Kt<wt.length;Kt++){let Rn=wt[Kt],gt=null;if(p!==null)gt=p.getViewport(Rn);else{let sn=f.getViewSubImage(h,Rn);gt=sn.viewport,Kt===0&&(e.setRenderTargetTextures(M,sn.colorTexture,sn.depthStencilTexture),e.setRenderTarget(M))}let Ot=se[Kt];Ot===void 0&&(Ot=new ir,Ot.layers.enable(Kt),Ot.viewport=new _i,se[Kt]=Ot),Ot.matrix.fromArray(Rn.transform.matrix),Ot.matrix.decompose(Ot.position,Ot.quaternion,Ot.scale),Ot.projectionMatrix.fromArray(Rn.projectionMatrix),Ot.projectionMatrixInverse.copy(Ot.projectionMatrix).invert(),Ot.viewport.set(gt.x,gt.y,gt.width,gt.height),Kt===0&&(me.matrix.copy(Ot.matrix),me.matrix.decompose(me.position,me.quaternion,me.scale)),Yt===!0&&me.cameras.push(Ot)}let nt=r.enabledFeatures;if(nt&&nt.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&y){f=i.getBinding();let Kt=f.getDepthInformation(wt[0]);Kt&&Kt.isValid&&Kt.texture&&m.init(Kt,r.renderState)}if(nt&&nt.includes("camera-access")&&y){e.state.unbindTexture(),f=i.getBinding();for(let Kt=0;Kt<wt.length;Kt++){let Rn=wt[Kt].camera;if(Rn){let gt=g[Rn];gt||(gt=new gu,g[Rn]=gt);let Ot=f.getCameraImage(Rn);gt.sourceTexture=Ot}}}}for(let wt=0;wt<F.length;wt++){let Yt=D[wt],nt=F[wt];Yt!==null&&nt!==void 0&&nt.update(Yt,Xe,l||a)}re&&re(Ee,Xe),Xe.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:Xe}),x=null}let kt=new ty;kt.setAnimationLoop(je),this.setAnimationLoop=function(Ee){re=Ee},this.dispose=function(){}}},nI=new gi,hy=new bn;hy.set(-1,0,0,0,1,0,0,0,1);function iI(n,e){function t(m,g){m.matrixAutoUpdate===!0&&m.updateMatrix(),g.value.copy(m.matrix)}function i(m,g){g.color.getRGB(m.fogColor.value,T0(n)),g.isFog?(m.fogNear.value=g.near,m.fogFar.value=g.far):g.isFogExp2&&(m.fogDensity.value=g.density)}function r(m,g,E,C,M){g.isNodeMaterial?g.uniformsNeedUpdate=!1:g.isMeshBasicMaterial?s(m,g):g.isMeshLambertMaterial?(s(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshToonMaterial?(s(m,g),f(m,g)):g.isMeshPhongMaterial?(s(m,g),u(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshStandardMaterial?(s(m,g),h(m,g),g.isMeshPhysicalMaterial&&p(m,g,M)):g.isMeshMatcapMaterial?(s(m,g),x(m,g)):g.isMeshDepthMaterial?s(m,g):g.isMeshDistanceMaterial?(s(m,g),y(m,g)):g.isMeshNormalMaterial?s(m,g):g.isLineBasicMaterial?(a(m,g),g.isLineDashedMaterial&&o(m,g)):g.isPointsMaterial?c(m,g,E,C):g.isSpriteMaterial?l(m,g):g.isShadowMaterial?(m.color.value.copy(g.color),m.opacity.value=g.opacity):g.isShaderMaterial&&(g.uniformsNeedUpdate=!1)}function s(m,g){m.opacity.value=g.opacity,g.color&&m.diffuse.value.copy(g.color),g.emissive&&m.emissive.value.copy(g.emissive).multiplyScalar(g.emissiveIntensity),g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.bumpMap&&(m.bumpMap.value=g.bumpMap,t(g.bumpMap,m.bumpMapTransform),m.bumpScale.value=g.bumpScale,g.side===ar&&(m.bumpScale.value*=-1)),g.normalMap&&(m.normalMap.value=g.normalMap,t(g.normalMap,m.normalMapTransform),m.normalScale.value.copy(g.normalScale),g.side===ar&&m.normalScale.value.negate()),g.displacementMap&&(m.displacementMap.value=g.displacementMap,t(g.displacementMap,m.displacementMapTransform),m.displacementScale.value=g.displacementScale,m.displacementBias.value=g.displacementBias),g.emissiveMap&&(m.emissiveMap.value=g.emissiveMap,t(g.emissiveMap,m.emissiveMapTransform)),g.specularMap&&(m.specularMap.value=g.specularMap,t(g.specularMap,m.specularMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest);let E=e.get(g),C=E.envMap,M=E.envMapRotation;C&&(m.envMap.value=C,m.envMapRotation.value.setFromMatrix4(nI.makeRotationFromEuler(M)).transpose(),C.isCubeTexture&&C.isRenderTargetTexture===!1&&m.envMapRotation.value.premultiply(hy),m.reflectivity.value=g.reflectivity,m.ior.value=g.ior,m.refractionRatio.value=g.refractionRatio),g.lightMap&&(m.lightMap.value=g.lightMap,m.lightMapIntensity.value=g.lightMapIntensity,t(g.lightMap,m.lightMapTransform)),g.aoMap&&(m.aoMap.value=g.aoMap,m.aoMapIntensity.value=g.aoMapIntensity,t(g.aoMap,m.aoMapTransform))}function a(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform))}function o(m,g){m.dashSize.value=g.dashSize,m.totalSize.value=g.dashSize+g.gapSize,m.scale.value=g.scale}function c(m,g,E,C){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.size.value=g.size*E,m.scale.value=C*.5,g.map&&(m.map.value=g.map,t(g.map,m.uvTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function l(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.rotation.value=g.rotation,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function u(m,g){m.specular.value.copy(g.specular),m.shininess.value=Math.max(g.shininess,1e-4)}function f(m,g){g.gradientMap&&(m.gradientMap.value=g.gradientMap)}function h(m,g){m.metalness.value=g.metalness,g.metalnessMap&&(m.metalnessMap.value=g.metalnessMap,t(g.metalnessMap,m.metalnessMapTransform)),m.roughness.value=g.roughness,g.roughnessMap&&(m.roughnessMap.value=g.roughnessMap,t(g.roughnessMap,m.roughnessMapTransform)),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)}function p(m,g,E){m.ior.value=g.ior,g.diffuseRoughness>0&&(m.diffuseRoughness.value=g.diffuseRoughness,g.diffuseRoughnessMap&&(m.diffuseRoughnessMap.value=g.diffuseRoughnessMap,t(g.diffuseRoughnessMap,m.diffuseRoughnessMapTransform))),g.sheen>0&&(m.sheenColor.value.copy(g.sheenColor).multiplyScalar(g.sheen),m.sheenRoughness.value=g.sheenRoughness,g.sheenColorMap&&(m.sheenColorMap.value=g.sheenColorMap,t(g.sheenColorMap,m.sheenColorMapTransform)),g.sheenRoughnessMap&&(m.sheenRoughnessMap.value=g.sheenRoughnessMap,t(g.sheenRoughnessMap,m.sheenRoughnessMapTransform))),g.clearcoat>0&&(m.clearcoat.value=g.clearcoat,m.clearcoatRoughness.value=g.clearcoatRoughness,g.clearcoatMap&&(m.clearcoatMap.value=g.clearcoatMap,t(g.clearcoatMap,m.clearcoatMapTransform)),g.clearcoatRoughnessMap&&(m.clearcoatRoughnessMap.value=g.clearcoatRoughnessMap,t(g.clearcoatRoughnessMap,m.clearcoatRoughnessMapTransform)),g.clearcoatNormalMap&&(m.clearcoatNormalMap.value=g.clearcoatNormalMap,t(g.clearcoatNormalMap,m.clearcoatNormalMapTransform),m.clearcoatNormalScale.value.copy(g.clearcoatNormalScale),g.side===ar&&m.clearcoatNormalScale.value.negate())),g.dispersion>0&&(m.dispersion.value=g.dispersion),g.retroreflectivity>0&&(m.retroreflectivity.value=g.retroreflectivity),g.iridescence>0&&(m.iridescence.value=g.iridescence,m.iridescenceIOR.value=g.iridescenceIOR,m.iridescenceThicknessMinimum.value=g.iridescenceThicknessMinimum,m.iridescenceThicknessMaximum.value=g.iridescenceThicknessMaximum,g.iridescenceMap&&(m.iridescenceMap.value=g.iridescenceMap,t(g.iridescenceMap,m.iridescenceMapTransform)),g.iridescenceThicknessMap&&(m.iridescenceThicknessMap.value=g.iridescenceThicknessMap,t(g.iridescenceThicknessMap,m.iridescenceThicknessMapTransform))),g.transmission>0&&(m.transmission.value=g.transmission,m.transmissionSamplerMap.value=E.texture,m.transmissionSamplerSize.value.set(E.width,E.height),g.transmissionMap&&(m.transmissionMap.value=g.transmissionMap,t(g.transmissionMap,m.transmissionMapTransform)),m.thickness.value=g.thickness,g.thicknessMap&&(m.thicknessMap.value=g.thicknessMap,t(g.thicknessMap,m.thicknessMapTransform)),m.attenuationDistance.value=g.attenuationDistance,m.attenuationColor.value.copy(g.attenuationColor)),g.anisotropy>0&&(m.anisotropyVector.value.set(g.anisotropy*Math.cos(g.anisotropyRotation),g.anisotropy*Math.sin(g.anisotropyRotation)),g.anisotropyMap&&(m.anisotropyMap.value=g.anisotropyMap,t(g.anisotropyMap,m.anisotropyMapTransform))),m.specularIntensity.value=g.specularIntensity,m.specularColor.value.copy(g.specularColor),g.specularColorMap&&(m.specularColorMap.value=g.specularColorMap,t(g.specularColorMap,m.specularColorMapTransform)),g.specularIntensityMap&&(m.specularIntensityMap.value=g.specularIntensityMap,t(g.specularIntensityMap,m.specularIntensityMapTransform))}function x(m,g){g.matcap&&(m.matcap.value=g.matcap)}function y(m,g){let E=e.get(g).light;m.referencePosition.value.setFromMatrixPosition(E.matrixWorld),m.nearDistance.value=E.shadow.camera.near,m.farDistance.value=E.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function rI(n,e,t,i){let r={},s={};function a(E,C){let M=C.program;i.uniformBlockBinding(E,M,r[E.id])}function o(E,C){let M=r[E.id];M===void 0&&(x(E),M=c(E),r[E.id]=M,E.addEventListener("dispose",m));let F=C.program;i.updateUBOMapping(E,F);let D=e.render.frame;s[E.id]!==D&&(l(E),s[E.id]=D)}function c(E){let C=n.createBuffer(),M=E.__size,F=E.usage;return n.bindBuffer(n.UNIFORM_BUFFER,C),n.bufferData(n.UNIFORM_BUFFER,M,F),n.bindBuffer(n.UNIFORM_BUFFER,null),C}function l(E){let C=r[E.id],M=E.uniforms,F=E.__cache;n.bindBuffer(n.UNIFORM_BUFFER,C);for(let D=0,v=M.length;D<v;D++){let w=M[D];if(Array.isArray(w))for(let q=0,X=w.length;q<X;q++)u(w[q],D,q,F);else u(w,D,0,F)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function u(E,C,M,F){if(h(E,C,M,F)===!0){let D=E.__offset,v=E.value;if(Array.isArray(v)){let w=0;for(let q=0;q<v.length;q++){let X=v[q],Z=y(X,!0);f(X,E.__data,w),w+=Z.storage/Float32Array.BYTES_PER_ELEMENT}}else f(v,E.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,D,E.__data)}}function f(E,C,M){typeof E=="number"||typeof E=="boolean"?C[M]=E:E.isMatrix3?(C[M]=E.elements[0],C[M+1]=E.elements[1],C[M+2]=E.elements[2],C[M+3]=0,C[M+4]=E.elements[3],C[M+5]=E.elements[4],C[M+6]=E.elements[5],C[M+7]=0,C[M+8]=E.elements[6],C[M+9]=E.elements[7],C[M+10]=E.elements[8],C[M+11]=0):ArrayBuffer.isView(E)?C.set(E.subarray(0,C.length-M),M):E.toArray(C,M)}function h(E,C,M,F){let D=E.value,v=C+"_"+M;if(Array.isArray(D)){F[v]===void 0&&(F[v]=[]);let w=F[v],q=!1;for(let X=0;X<D.length;X++)p(D[X],w,X)===!0&&(q=!0);return q}return p(D,F,v)}function p(E,C,M){if(C[M]===void 0)return typeof E=="number"||typeof E=="boolean"?C[M]=E:ArrayBuffer.isView(E)?C[M]=E.slice():C[M]=E.clone(),!0;{let F=C[M];if(typeof E=="number"||typeof E=="boolean"){if(F!==E)return C[M]=E,!0}else{if(ArrayBuffer.isView(E))return!0;if(F.equals(E)===!1)return F.copy(E),!0}}return!1}function x(E){let C=E.uniforms,M=0,F=16;for(let v=0,w=C.length;v<w;v++){let q=Array.isArray(C[v])?C[v]:[C[v]];for(let X=0,Z=q.length;X<Z;X++){let se=q[X],me=Array.isArray(se.value)?se.value:[se.value],V=Array.isArray(C[v])||Array.isArray(se.value),xe=M;for(let ie=0,De=me.length;ie<De;ie++){let pe=me[ie],Ie=y(pe,V),re=M%F,je=re%Ie.boundary,kt=re+je;M+=je,kt!==0&&F-kt<Ie.storage&&(M+=F-kt),ie===0&&(xe=M),M+=Ie.storage}let ye=se.type==="int"?Int32Array:se.type==="uint"?Uint32Array:Float32Array;se.__data=new ye((M-xe)/Float32Array.BYTES_PER_ELEMENT),se.__offset=xe}}let D=M%F;return D>0&&(M+=F-D),E.__size=M,E.__cache={},this}function y(E,C){let M={boundary:0,storage:0};return typeof E=="number"||typeof E=="boolean"?(M.boundary=4,M.storage=4):E.isVector2?(M.boundary=8,M.storage=8):E.isVector3||E.isColor?(M.boundary=16,M.storage=12):E.isVector4?(M.boundary=16,M.storage=16):E.isMatrix3?(M.boundary=16,M.storage=48):E.isMatrix4?(M.boundary=16,M.storage=64):E.isTexture?_n("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(E)?(M.boundary=16,M.storage=E.byteLength):_n("WebGLRenderer: Unsupported uniform value type.",E),C===!0&&(M.boundary=16,M.storage=Math.ceil(M.storage/16)*16),M}function m(E){let C=E.target;C.removeEventListener("dispose",m),n.deleteBuffer(r[C.id]),delete r[C.id],delete s[C.id]}function g(){for(let E in r)n.deleteBuffer(r[E]);r={},s={}}return{bind:a,update:o,dispose:g}}var sI=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Es=null;function aI(){return Es===null&&(Es=new Qf(sI,16,16,Ha,Kr),Es.name="DFG_LUT",Es.minFilter=sr,Es.magFilter=sr,Es.wrapS=vs,Es.wrapT=vs,Es.generateMipmaps=!1,Es.needsUpdate=!0),Es}var sp=class{constructor(e={}){let{canvas:t=Ev(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:l=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:f=!1,reversedDepthBuffer:h=!1,outputBufferType:p=Er}=e;this.isWebGLRenderer=!0;let x;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");x=i.getContextAttributes().alpha}else x=a;let y=p,m=new Set([Ad,Ed,Md]),g=new Set([Er,Zr,Ul,Co,Sd,bd]),E=new Uint32Array(4),C=new Int32Array(4),M={textures:[],min:[],max:[],resolution:[]},F=null,D=null,v=[],w=[],q=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Ms,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let X=this,Z=!1,se=null,me=null,V=null,xe=null;this._outputColorSpace=xr;let ye=0,ie=0,De=null,pe=-1,Ie=null,re=new _i,je=new _i,kt=null,Ee=new kn(0),Xe=0,wt=t.width,Yt=t.height,nt=1,tn=null,In=null,Kt=new _i(0,0,wt,Yt),Rn=new _i(0,0,wt,Yt),gt=!1,Ot=new Mo,sn=new ed,Xt=!1,cn=!1,an=new gi,fi=new Me,Yn=new _i,R={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},ri=!1;function ni(){return De===null?nt:1}let K=i;function Hn(A,Y){return t.getContext(A,Y)}let xn,Dn,et,xt,Gt,Qt,O,S,ae,Ye,Oe,ut,ht,we,Ne,Te,U,he,le,Pe,Ue,ke,tt;try{let A={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:c,preserveDrawingBuffer:l,powerPreference:u,failIfMajorPerformanceCaveat:f};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Pt,!1),t.addEventListener("webglcontextrestored",Zt,!1),t.addEventListener("webglcontextcreationerror",rt,!1),K===null){let Y="webgl2";if(K=Hn(Y,A),K===null)throw Hn(Y)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Ht()}catch(A){throw t.removeEventListener("webglcontextlost",Pt,!1),t.removeEventListener("webglcontextrestored",Zt,!1),t.removeEventListener("webglcontextcreationerror",rt,!1),yn("WebGLRenderer: "+A.message),A}function Ht(){xn=new _C(K),xn.init(),Ue=new QR(K,xn),Dn=new aC(K,xn,e,Ue),et=new KR(K,xn),Dn.reversedDepthBuffer&&h&&et.buffers.depth.setReversed(!0),me=K.createFramebuffer(),V=K.createFramebuffer(),xe=K.createFramebuffer(),xt=new yC(K),Gt=new UR,Qt=new JR(K,xn,et,Gt,Dn,Ue,xt),O=new gC(X),S=new bT(K),ke=new rC(K,S),ae=new xC(K,S,xt,ke),Ye=new bC(K,ae,S,ke,xt),he=new SC(K,Dn,Qt),Ne=new oC(Gt),Oe=new FR(X,O,xn,Dn,ke,Ne),ut=new iI(X,Gt),ht=new kR,we=new XR(xn),U=new iC(X,O,et,Ye,x,c),Te=new jR(X,Ye,Dn),tt=new rI(K,xt,Dn,et),le=new sC(K,xn,xt),Pe=new vC(K,xn,xt),xt.programs=Oe.programs,X.capabilities=Dn,X.extensions=xn,X.properties=Gt,X.renderLists=ht,X.shadowMap=Te,X.state=et,X.info=xt}y!==Er&&(q=new EC(y,t.width,t.height,o,r,s));let ze=new W0(X,K);this.xr=ze,this.getContext=function(){return K},this.getContextAttributes=function(){return K.getContextAttributes()},this.forceContextLoss=function(){let A=xn.get("WEBGL_lose_context");A&&A.loseContext()},this.forceContextRestore=function(){let A=xn.get("WEBGL_lose_context");A&&A.restoreContext()},this.getPixelRatio=function(){return nt},this.setPixelRatio=function(A){A!==void 0&&(nt=A,this.setSize(wt,Yt,!1))},this.getSize=function(A){return A.set(wt,Yt)},this.setSize=function(A,Y,Se=!0){if(ze.isPresenting){_n("WebGLRenderer: Can't change size while VR device is presenting.");return}wt=A,Yt=Y,t.width=Math.floor(A*nt),t.height=Math.floor(Y*nt),Se===!0&&(t.style.width=A+"px",t.style.height=Y+"px"),q!==null&&q.setSize(t.width,t.height),this.setViewport(0,0,A,Y)},this.getDrawingBufferSize=function(A){return A.set(wt*nt,Yt*nt).floor()},this.setDrawingBufferSize=function(A,Y,Se){wt=A,Yt=Y,nt=Se,t.width=Math.floor(A*Se),t.height=Math.floor(Y*Se),this.setViewport(0,0,A,Y)},this.setEffects=function(A){if(y===Er){yn("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(A){for(let Y=0;Y<A.length;Y++)if(A[Y].isOutputPass===!0){_n("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}q.setEffects(A||[])},this.getCurrentViewport=function(A){return A.copy(re)},this.getViewport=function(A){return A.copy(Kt)},this.setViewport=function(A,Y,Se,ue){A.isVector4?Kt.set(A.x,A.y,A.z,A.w):Kt.set(A,Y,Se,ue),et.viewport(re.copy(Kt).multiplyScalar(ni()).round())},this.getScissor=function(A){return A.copy(Rn)},this.setScissor=function(A,Y,Se,ue){A.isVector4?Rn.set(A.x,A.y,A.z,A.w):Rn.set(A,Y,Se,ue),et.scissor(je.copy(Rn).multiplyScalar(ni()).round())},this.getScissorTest=function(){return gt},this.setScissorTest=function(A){et.setScissorTest(gt=A)},this.setOpaqueSort=function(A){tn=A},this.setTransparentSort=function(A){In=A},this.getClearColor=function(A){return A.copy(U.getClearColor())},this.setClearColor=function(){U.setClearColor(...arguments)},this.getClearAlpha=function(){return U.getClearAlpha()},this.setClearAlpha=function(){U.setClearAlpha(...arguments)},this.clear=function(A=!0,Y=!0,Se=!0){let ue=0;if(A){let _e=!1;if(De!==null){let dt=De.texture.format;_e=m.has(dt)}if(_e){let dt=De.texture.type,$t=g.has(dt),pt=U.getClearColor(),zt=U.getClearAlpha(),jt=pt.r,on=pt.g,mn=pt.b;$t?(E[0]=jt,E[1]=on,E[2]=mn,E[3]=zt,K.clearBufferuiv(K.COLOR,0,E)):(C[0]=jt,C[1]=on,C[2]=mn,C[3]=zt,K.clearBufferiv(K.COLOR,0,C))}else ue|=K.COLOR_BUFFER_BIT}Y&&(ue|=K.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Se&&(ue|=K.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),ue!==0&&K.clear(ue)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(A){A.setRenderer(this),se=A},this.dispose=function(){t.removeEventListener("webglcontextlost",Pt,!1),t.removeEventListener("webglcontextrestored",Zt,!1),t.removeEventListener("webglcontextcreationerror",rt,!1),U.dispose(),ht.dispose(),we.dispose(),Qt.dispose(),Gt.dispose(),O.dispose(),Ye.dispose(),ae.dispose(),ke.dispose(),tt.dispose(),Oe.dispose(),ze.dispose(),ze.removeEventListener("sessionstart",Cs),ze.removeEventListener("sessionend",Qs),Xi.stop()};function Pt(A){A.preventDefault(),S0("WebGLRenderer: Context Lost."),Z=!0}function Zt(){S0("WebGLRenderer: Context Restored."),Z=!1;let A=xt.autoReset,Y=Te.enabled,Se=Te.autoUpdate,ue=Te.needsUpdate,_e=Te.type;Ht(),xt.autoReset=A,Te.enabled=Y,Te.autoUpdate=Se,Te.needsUpdate=ue,Te.type=_e}function rt(A){yn("WebGLRenderer: A WebGL context could not be created. Reason: ",A.statusMessage)}function hn(A){let Y=A.target;Y.removeEventListener("dispose",hn),Kn(Y)}function Kn(A){An(A),Gt.remove(A)}function An(A){let Y=Gt.get(A).programs;Y!==void 0&&(Y.forEach(function(Se){Oe.releaseProgram(Se)}),A.isShaderMaterial&&Oe.releaseShaderCache(A))}this.renderBufferDirect=function(A,Y,Se,ue,_e,dt){Y===null&&(Y=R);let $t=_e.isMesh&&_e.matrixWorld.determinantAffine()<0,pt=$a(A,Y,Se,ue,_e);et.setMaterial(ue,$t);let zt=Se.index,jt=1;if(ue.wireframe===!0){if(zt=ae.getWireframeAttribute(Se),zt===void 0)return;jt=2}let on=Se.drawRange,mn=Se.attributes.position,Wt=on.start*jt,Tn=(on.start+on.count)*jt;dt!==null&&(Wt=Math.max(Wt,dt.start*jt),Tn=Math.min(Tn,(dt.start+dt.count)*jt)),zt!==null?(Wt=Math.max(Wt,0),Tn=Math.min(Tn,zt.count)):mn!=null&&(Wt=Math.max(Wt,0),Tn=Math.min(Tn,mn.count));let Jn=Tn-Wt;if(Jn<0||Jn===1/0)return;ke.setup(_e,ue,pt,Se,zt);let zn,Un=le;if(zt!==null&&(zn=S.get(zt),Un=Pe,Un.setIndex(zn)),_e.isMesh)ue.wireframe===!0?(et.setLineWidth(ue.wireframeLinewidth*ni()),Un.setMode(K.LINES)):Un.setMode(K.TRIANGLES);else if(_e.isLine){let hi=ue.linewidth;hi===void 0&&(hi=1),et.setLineWidth(hi*ni()),_e.isLineSegments?Un.setMode(K.LINES):_e.isLineLoop?Un.setMode(K.LINE_LOOP):Un.setMode(K.LINE_STRIP)}else _e.isPoints?Un.setMode(K.POINTS):_e.isSprite&&Un.setMode(K.TRIANGLES);if(_e.isBatchedMesh)if(xn.get("WEBGL_multi_draw"))Un.renderMultiDraw(_e._multiDrawStarts,_e._multiDrawCounts,_e._multiDrawCount);else{let hi=_e._multiDrawStarts,qt=_e._multiDrawCounts,Xn=_e._multiDrawCount,vn=zt?S.get(zt).bytesPerElement:1,bi=Gt.get(ue).currentProgram.getUniforms();for(let li=0;li<Xn;li++)bi.setValue(K,"_gl_DrawID",li),Un.render(hi[li]/vn,qt[li])}else if(_e.isInstancedMesh)Un.renderInstances(Wt,Jn,_e.count);else if(Se.isInstancedBufferGeometry){let hi=Se._maxInstanceCount!==void 0?Se._maxInstanceCount:1/0,qt=Math.min(Se.instanceCount,hi);Un.renderInstances(Wt,Jn,qt)}else Un.render(Wt,Jn)};function Ur(A,Y,Se,ue){se!==null&&A.isNodeMaterial&&se.setObject(ue,A),Xt===!0&&Ne.setState(A,Se,!1),A.transparent===!0&&A.side===bs&&A.forceSinglePass===!1?(A.side=ar,A.needsUpdate=!0,Br(A,Y,ue),A.side=Va,A.needsUpdate=!0,Br(A,Y,ue),A.side=bs):Br(A,Y,ue)}this.compile=function(A,Y,Se=null){Se===null&&(Se=A),se!==null&&se.renderStart(A,Y,Se),D=we.get(Se),D.init(Y),w.push(D),Se.traverseVisible(function(_e){_e.isLight&&_e.layers.test(Y.layers)&&(D.pushLight(_e),_e.castShadow&&D.pushShadow(_e))}),A!==Se&&A.traverseVisible(function(_e){_e.isLight&&_e.layers.test(Y.layers)&&(D.pushLight(_e),_e.castShadow&&D.pushShadow(_e))}),D.setupLights(),se!==null&&se.updateLights(D.state.lightsArray),cn=this.localClippingEnabled,Xt=Ne.init(this.clippingPlanes,cn),Xt===!0&&Ne.setGlobalState(this.clippingPlanes,Y),se!==null&&Te.render(D.state.shadowsArray,Se,Y);let ue=new Set;return A.traverse(function(_e){if(!(_e.isMesh||_e.isPoints||_e.isLine||_e.isSprite))return;let dt=_e.material;if(dt)if(Array.isArray(dt))for(let $t=0;$t<dt.length;$t++){let pt=dt[$t];Ur(pt,Se,Y,_e),ue.add(pt)}else Ur(dt,Se,Y,_e),ue.add(dt)}),D=w.pop(),se!==null&&se.renderEnd(),ue},this.compileAsync=function(A,Y,Se=null){let ue=this.compile(A,Y,Se);return new Promise(_e=>{function dt(){if(ue.forEach(function($t){let zt=Gt.get($t).currentProgram;(zt===void 0||zt.isReady())&&ue.delete($t)}),ue.size===0){_e(A);return}setTimeout(dt,10)}xn.get("KHR_parallel_shader_compile")!==null?dt():setTimeout(dt,10)})};let Ts=null;function ws(A){Ts&&Ts(A)}function Cs(){Xi.stop()}function Qs(){Xi.start()}let Xi=new ty;Xi.setAnimationLoop(ws),typeof self<"u"&&Xi.setContext(self),this.setAnimationLoop=function(A){Ts=A,ze.setAnimationLoop(A),A===null?Xi.stop():Xi.start()},ze.addEventListener("sessionstart",Cs),ze.addEventListener("sessionend",Qs),this.render=function(A,Y){if(Y!==void 0&&Y.isCamera!==!0){yn("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(Z===!0)return;se!==null&&se.renderStart(A,Y);let Se=ze.enabled===!0&&ze.isPresenting===!0,ue=q!==null&&(De===null||Se)&&q.begin(X,De);if(A.matrixWorldAutoUpdate===!0&&A.updateMatrixWorld(),Y.parent===null&&Y.matrixWorldAutoUpdate===!0&&Y.updateMatrixWorld(),ze.enabled===!0&&ze.isPresenting===!0&&(q===null||q.isCompositing()===!1)&&(ze.cameraAutoUpdate===!0&&ze.updateCamera(Y),Y=ze.getCamera()),A.isScene===!0&&A.onBeforeRender(X,A,Y,De),D=we.get(A,w.length),D.init(Y),D.state.textureUnits=Qt.getTextureUnits(),w.push(D),an.multiplyMatrices(Y.projectionMatrix,Y.matrixWorldInverse),Y.isArrayCamera?sn.setFromArrayCamera(Y):Ot.setFromProjectionMatrix(an,Nr,Y.reversedDepth),cn=this.localClippingEnabled,Xt=Ne.init(this.clippingPlanes,cn),F=ht.get(A,v.length),F.init(),v.push(F),this.info.render.frame++,ze.enabled===!0&&ze.isPresenting===!0){let $t=X.xr.getDepthSensingMesh();$t!==null&&fr($t,Y,-1/0,X.sortObjects)}fr(A,Y,0,X.sortObjects),F.finish(),se!==null&&se.updateLights(D.state.lightsArray),X.sortObjects===!0&&F.sort(tn,In),ri=ze.enabled===!1||ze.isPresenting===!1||ze.hasDepthSensing()===!1,ri&&U.addToRenderList(F,A),this.info.autoReset===!0&&this.info.reset(),Xt===!0&&Ne.beginShadows();let _e=D.state.shadowsArray;if(Te.render(_e,A,Y),Xt===!0&&Ne.endShadows(),(ue&&q.hasRenderPass())===!1){let $t=F.opaque,pt=F.transmissive;if(D.setupLights(),Y.isArrayCamera){let zt=Y.cameras;if(pt.length>0)for(let jt=0,on=zt.length;jt<on;jt++){let mn=zt[jt];$i($t,pt,A,mn)}ri&&U.render(A);for(let jt=0,on=zt.length;jt<on;jt++){let mn=zt[jt];Qi(F,A,mn,mn.viewport)}}else pt.length>0&&$i($t,pt,A,Y),ri&&U.render(A),Qi(F,A,Y)}De!==null&&ie===0&&(Qt.updateMultisampleRenderTarget(De),Qt.updateRenderTargetMipmap(De)),ue&&q.end(X),A.isScene===!0&&A.onAfterRender(X,A,Y),ke.resetDefaultState(),pe=-1,Ie=null,w.pop(),w.length>0?(D=w[w.length-1],Qt.setTextureUnits(D.state.textureUnits),Xt===!0&&Ne.setGlobalState(X.clippingPlanes,D.state.camera)):D=null,v.pop(),v.length>0?F=v[v.length-1]:F=null,se!==null&&se.renderEnd()};function fr(A,Y,Se,ue){if(A.visible===!1)return;if(A.layers.test(Y.layers)){if(A.isGroup)Se=A.renderOrder;else if(A.isLOD)A.autoUpdate===!0&&A.update(Y);else if(A.isLight)D.pushLight(A),A.castShadow&&D.pushShadow(A);else if(A.isSprite){let $t=Y.isArrayCamera?sn:Ot;if(!A.frustumCulled||A.intersectsFrustum($t)){ue&&Yn.setFromMatrixPosition(A.matrixWorld).applyMatrix4(an);let pt=Ye.update(A),zt=A.material;zt.visible&&F.push(A,pt,zt,Se,Yn.z,null,Y)}}else if(A.isMesh||A.isLine||A.isPoints){let $t=Y.isArrayCamera?sn:Ot;if(!A.frustumCulled||A.intersectsFrustum($t)){let pt=Ye.update(A),zt=A.material;if(ue&&(A.boundingSphere!==void 0?(A.boundingSphere===null&&A.computeBoundingSphere(),Yn.copy(A.boundingSphere.center)):(pt.boundingSphere===null&&pt.computeBoundingSphere(),Yn.copy(pt.boundingSphere.center)),Yn.applyMatrix4(A.matrixWorld).applyMatrix4(an)),Array.isArray(zt)){let jt=pt.groups;for(let on=0,mn=jt.length;on<mn;on++){let Wt=jt[on],Tn=zt[Wt.materialIndex];Tn&&Tn.visible&&F.push(A,pt,Tn,Se,Yn.z,Wt,Y)}}else zt.visible&&F.push(A,pt,zt,Se,Yn.z,null,Y)}}}let dt=A.children;for(let $t=0,pt=dt.length;$t<pt;$t++)fr(dt[$t],Y,Se,ue)}function Qi(A,Y,Se,ue){let{opaque:_e,transmissive:dt,transparent:$t}=A;D.setupLightsView(Se),Xt===!0&&Ne.setGlobalState(X.clippingPlanes,Se),ue&&et.viewport(re.copy(ue)),_e.length>0&&ns(_e,Y,Se),dt.length>0&&ns(dt,Y,Se),$t.length>0&&ns($t,Y,Se),et.buffers.depth.setTest(!0),et.buffers.depth.setMask(!0),et.buffers.color.setMask(!0),et.setPolygonOffset(!1)}function $i(A,Y,Se,ue){if((Se.isScene===!0?Se.overrideMaterial:null)!==null)return;if(D.state.transmissionRenderTarget[ue.id]===void 0){let Wt=xn.has("EXT_color_buffer_half_float")||xn.has("EXT_color_buffer_float");D.state.transmissionRenderTarget[ue.id]=new Sr(1,1,{generateMipmaps:!0,type:Wt?Kr:Er,minFilter:Zs,samples:Math.max(4,Dn.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Nn.workingColorSpace})}let dt=D.state.transmissionRenderTarget[ue.id],$t=ue.viewport||re;dt.setSize($t.z*X.transmissionResolutionScale,$t.w*X.transmissionResolutionScale);let pt=X.getRenderTarget(),zt=X.getActiveCubeFace(),jt=X.getActiveMipmapLevel();X.setRenderTarget(dt),X.getClearColor(Ee),Xe=X.getClearAlpha(),Xe<1&&X.setClearColor(16777215,.5),X.clear(),ri&&U.render(Se);let on=X.toneMapping;X.toneMapping=Ms;let mn=ue.viewport;if(ue.viewport!==void 0&&(ue.viewport=void 0),D.setupLightsView(ue),Xt===!0&&Ne.setGlobalState(X.clippingPlanes,ue),ns(A,Se,ue),Qt.updateMultisampleRenderTarget(dt),Qt.updateRenderTargetMipmap(dt),xn.has("WEBGL_multisampled_render_to_texture")===!1){let Wt=!1;for(let Tn=0,Jn=Y.length;Tn<Jn;Tn++){let zn=Y[Tn],{object:Un,geometry:hi,material:qt,group:Xn}=zn;if(qt.side===bs&&Un.layers.test(ue.layers)){let vn=qt.side;qt.side=ar,qt.needsUpdate=!0,is(Un,Se,ue,hi,qt,Xn),qt.side=vn,qt.needsUpdate=!0,Wt=!0}}Wt===!0&&(Qt.updateMultisampleRenderTarget(dt),Qt.updateRenderTargetMipmap(dt))}X.setRenderTarget(pt,zt,jt),X.setClearColor(Ee,Xe),mn!==void 0&&(ue.viewport=mn),X.toneMapping=on}function ns(A,Y,Se){let ue=Y.isScene===!0?Y.overrideMaterial:null;for(let _e=0,dt=A.length;_e<dt;_e++){let $t=A[_e],{object:pt,geometry:zt,group:jt}=$t,on=$t.material;on.allowOverride===!0&&ue!==null&&(on=ue),pt.layers.test(Se.layers)&&is(pt,Y,Se,zt,on,jt)}}function is(A,Y,Se,ue,_e,dt){se!==null&&_e.isNodeMaterial&&se.setObject(A,_e),A.onBeforeRender(X,Y,Se,ue,_e,dt),A.modelViewMatrix.multiplyMatrices(Se.matrixWorldInverse,A.matrixWorld),A.normalMatrix.getNormalMatrix(A.modelViewMatrix),_e.onBeforeRender(X,Y,Se,ue,A,dt),_e.transparent===!0&&_e.side===bs&&_e.forceSinglePass===!1?(_e.side=ar,_e.needsUpdate=!0,X.renderBufferDirect(Se,Y,ue,_e,A,dt),_e.side=Va,_e.needsUpdate=!0,X.renderBufferDirect(Se,Y,ue,_e,A,dt),_e.side=bs):X.renderBufferDirect(Se,Y,ue,_e,A,dt),A.onAfterRender(X,Y,Se,ue,_e,dt)}function rs(A){let Y=0;for(let Se of A)Se.texture!==null&&Y++;return Y}function Br(A,Y,Se){Y.isScene!==!0&&(Y=R);let ue=Gt.get(A),_e=D.state.lights,dt=D.state.shadowsArray,$t=_e.state.version,pt=Oe.getParameters(A,_e.state,dt,Y,Se,D.state.lightProbeGridArray),zt=Oe.getProgramCacheKey(pt),jt=ue.programs;ue.environment=A.isMeshStandardMaterial||A.isMeshLambertMaterial||A.isMeshPhongMaterial?Y.environment:null,ue.fog=Y.fog;let on=A.isMeshStandardMaterial||A.isMeshLambertMaterial&&!A.envMap||A.isMeshPhongMaterial&&!A.envMap;ue.envMap=O.get(A.envMap||ue.environment,on),ue.envMapRotation=ue.environment!==null&&A.envMap===null?Y.environmentRotation:A.envMapRotation,jt===void 0&&(A.addEventListener("dispose",hn),jt=new Map,ue.programs=jt,ue.programVariants=new Map);let mn=jt.get(zt);if(mn!==void 0){if(ue.currentProgram===mn&&ue.lightsStateVersion===$t)return os(A,pt),mn}else pt.uniforms=Oe.getUniforms(A),se!==null&&A.isNodeMaterial&&se.build(A,Se,pt),A.onBeforeCompile(pt,X),mn=Oe.acquireProgram(pt,zt),jt.set(zt,mn),ue.uniforms=pt.uniforms;let Wt=ue.uniforms;return(!A.isShaderMaterial&&!A.isRawShaderMaterial||A.clipping===!0)&&(Wt.clippingPlanes=Ne.uniform),os(A,pt),ue.needsLights=kr(A),ue.lightsStateVersion=$t,ue.needsLights&&(Wt.ambientLightColor.value=_e.state.ambient,Wt.lightProbe.value=_e.state.probe,Wt.sunLights.value=_e.state.sun,Wt.sunLightShadows.value=_e.state.sunShadow,Wt.directionalLights.value=_e.state.directional,Wt.directionalLightShadows.value=_e.state.directionalShadow,Wt.spotLights.value=_e.state.spot,Wt.spotLightShadows.value=_e.state.spotShadow,Wt.rectAreaLights.value=_e.state.rectArea,Wt.ltc_1.value=_e.state.rectAreaLTC1,Wt.ltc_2.value=_e.state.rectAreaLTC2,Wt.pointLights.value=_e.state.point,Wt.pointLightShadows.value=_e.state.pointShadow,Wt.hemisphereLights.value=_e.state.hemi,Wt.sunShadowMatrix.value=_e.state.sunShadowMatrix,Wt.sunShadowCascade.value=_e.state.sunShadowCascade,Wt.directionalShadowMatrix.value=_e.state.directionalShadowMatrix,Wt.spotLightMatrix.value=_e.state.spotLightMatrix,Wt.spotLightMap.value=_e.state.spotLightMap,Wt.pointShadowMatrix.value=_e.state.pointShadowMatrix),ue.numLightProbeGrids=rs(D.state.lightProbeGridArray),ue.currentProgram=mn,ue.uniformsList=null,mn}function ss(A,Y,Se,ue,_e){let dt=Gt.get(A),$t=dt.currentProgram.id+","+ue+","+_e,pt=dt.programVariants.get($t);return pt===void 0?(pt=Br(A,Y,Se),dt.programVariants.set($t,pt)):(dt.currentProgram=pt,dt.uniformsList=null,dt.outputColorSpace=ue,dt.toneMapping=_e),pt}function as(A){if(A.uniformsList===null){let Y=A.currentProgram.getUniforms();A.uniformsList=kl.seqWithValue(Y.seq,A.uniforms)}return A.uniformsList}function os(A,Y){let Se=Gt.get(A);Se.outputColorSpace=Y.outputColorSpace,Se.batching=Y.batching,Se.batchingColor=Y.batchingColor,Se.instancing=Y.instancing,Se.instancingColor=Y.instancingColor,Se.instancingMorph=Y.instancingMorph,Se.skinning=Y.skinning,Se.morphTargets=Y.morphTargets,Se.morphNormals=Y.morphNormals,Se.morphColors=Y.morphColors,Se.morphTargetsCount=Y.morphTargetsCount,Se.numClippingPlanes=Y.numClippingPlanes,Se.numIntersection=Y.numClipIntersection,Se.vertexAlphas=Y.vertexAlphas,Se.vertexTangents=Y.vertexTangents,Se.toneMapping=Y.toneMapping}function $a(A,Y,Se,ue,_e){Y.isScene!==!0&&(Y=R),Qt.resetTextureUnits();let dt=Y.fog,$t=ue.isMeshStandardMaterial||ue.isMeshLambertMaterial||ue.isMeshPhongMaterial?Y.environment:null,pt=De===null?X.outputColorSpace:De.isXRRenderTarget===!0?De.texture.colorSpace:Nn.workingColorSpace,zt=ue.isMeshStandardMaterial||ue.isMeshLambertMaterial&&!ue.envMap||ue.isMeshPhongMaterial&&!ue.envMap,jt=O.get(ue.envMap||$t,zt),on=ue.vertexColors===!0&&!!Se.attributes.color&&Se.attributes.color.itemSize===4,mn=!!Se.attributes.tangent&&(!!ue.normalMap||ue.anisotropy>0),Wt=!!Se.morphAttributes.position,Tn=!!Se.morphAttributes.normal,Jn=!!Se.morphAttributes.color,zn=Ms;ue.toneMapped&&(De===null||De.isXRRenderTarget===!0)&&(zn=X.toneMapping);let Un=Se.morphAttributes.position||Se.morphAttributes.normal||Se.morphAttributes.color,hi=Un!==void 0?Un.length:0,qt=Gt.get(ue),Xn=D.state.lights;if(Xt===!0&&(cn===!0||A!==Ie)){let Gn=A===Ie&&ue.id===pe;Ne.setState(ue,A,Gn)}let vn=!1,bi=!1;ue.version===qt.__version?qt.needsLights&&qt.lightsStateVersion!==Xn.state.version||_e.isBatchedMesh&&qt.batching===!1||!_e.isBatchedMesh&&qt.batching===!0||_e.isBatchedMesh&&qt.batchingColor===!0&&_e._colorsTexture===null||_e.isBatchedMesh&&qt.batchingColor===!1&&_e._colorsTexture!==null||_e.isInstancedMesh&&qt.instancing===!1||!_e.isInstancedMesh&&qt.instancing===!0||_e.isSkinnedMesh&&qt.skinning===!1||!_e.isSkinnedMesh&&qt.skinning===!0||_e.isInstancedMesh&&qt.instancingColor===!0&&_e.instanceColor===null||_e.isInstancedMesh&&qt.instancingColor===!1&&_e.instanceColor!==null||_e.isInstancedMesh&&qt.instancingMorph===!0&&_e.morphTexture===null||_e.isInstancedMesh&&qt.instancingMorph===!1&&_e.morphTexture!==null||qt.envMap!==jt||ue.fog===!0&&qt.fog!==dt||qt.numClippingPlanes!==void 0&&(qt.numClippingPlanes!==Ne.numPlanes||qt.numIntersection!==Ne.numIntersection)||qt.vertexAlphas!==on||qt.vertexTangents!==mn||qt.morphTargets!==Wt||qt.morphNormals!==Tn||qt.morphColors!==Jn||qt.morphTargetsCount!==hi||qt.numLightProbeGrids!==rs(D.state.lightProbeGridArray)?vn=!0:(qt.outputColorSpace!==pt||qt.toneMapping!==zn)&&(bi=!0):(vn=!0,qt.__version=ue.version);let li=qt.currentProgram;(vn===!0||bi===!0)&&(li=bi===!0?ss(ue,Y,_e,pt,zn):Br(ue,Y,_e),se&&ue.isNodeMaterial&&se.onUpdateProgram(ue,li,qt));let Hi=!1,Ui=!1,er=!1,pn=li.getUniforms(),si=qt.uniforms;if(et.useProgram(li.program)&&(Hi=!0,Ui=!0,er=!0),ue.id!==pe&&(pe=ue.id,Ui=!0),Hi||Ie!==A){et.buffers.depth.getReversed()&&A.reversedDepth!==!0&&(A._reversedDepth=!0,A.updateProjectionMatrix()),pn.setValue(K,"projectionMatrix",A.projectionMatrix),pn.setValue(K,"viewMatrix",A.matrixWorldInverse);let Qn=pn.map.cameraPosition;Qn!==void 0&&Qn.setValue(K,fi.setFromMatrixPosition(A.matrixWorld)),Dn.logarithmicDepthBuffer&&pn.setValue(K,"logDepthBufFC",2/(Math.log(A.far+1)/Math.LN2)),(ue.isMeshPhongMaterial||ue.isMeshToonMaterial||ue.isMeshLambertMaterial||ue.isMeshBasicMaterial||ue.isMeshStandardMaterial||ue.isShaderMaterial)&&pn.setValue(K,"isOrthographic",A.isOrthographicCamera===!0),Ie!==A&&(Ie=A,Ui=!0,er=!0)}if(qt.needsLights&&(Xn.state.sunShadowMap.length>0&&pn.setValue(K,"sunShadowMap",Xn.state.sunShadowMap,Qt),Xn.state.directionalShadowMap.length>0&&pn.setValue(K,"directionalShadowMap",Xn.state.directionalShadowMap,Qt),Xn.state.spotShadowMap.length>0&&pn.setValue(K,"spotShadowMap",Xn.state.spotShadowMap,Qt),Xn.state.pointShadowMap.length>0&&pn.setValue(K,"pointShadowMap",Xn.state.pointShadowMap,Qt)),_e.isSkinnedMesh){pn.setOptional(K,_e,"bindMatrix"),pn.setOptional(K,_e,"bindMatrixInverse");let Gn=_e.skeleton;Gn&&(Gn.boneTexture===null&&Gn.computeBoneTexture(),pn.setValue(K,"boneTexture",Gn.boneTexture,Qt))}_e.isBatchedMesh&&(pn.setOptional(K,_e,"batchingTexture"),pn.setValue(K,"batchingTexture",_e._matricesTexture,Qt),pn.setOptional(K,_e,"batchingIdTexture"),pn.setValue(K,"batchingIdTexture",_e._indirectTexture,Qt),pn.setOptional(K,_e,"batchingColorTexture"),_e._colorsTexture!==null&&pn.setValue(K,"batchingColorTexture",_e._colorsTexture,Qt));let Mi=Se.morphAttributes;if((Mi.position!==void 0||Mi.normal!==void 0||Mi.color!==void 0)&&he.update(_e,Se,li),(Ui||qt.receiveShadow!==_e.receiveShadow)&&(qt.receiveShadow=_e.receiveShadow,pn.setValue(K,"receiveShadow",_e.receiveShadow)),(ue.isMeshStandardMaterial||ue.isMeshLambertMaterial||ue.isMeshPhongMaterial)&&ue.envMap===null&&Y.environment!==null&&(si.envMapIntensity.value=Y.environmentIntensity),si.dfgLUT!==void 0&&(si.dfgLUT.value=aI()),Ui){if(pn.setValue(K,"toneMappingExposure",X.toneMappingExposure),qt.needsLights&&Wn(si,er),dt&&ue.fog===!0&&ut.refreshFogUniforms(si,dt),ut.refreshMaterialUniforms(si,ue,nt,Yt,D.state.transmissionRenderTarget[A.id]),qt.needsLights&&qt.numLightProbeGrids>0){let Gn=M,Qn=0;for(let qn of D.state.lightProbeGridArray)qn.texture!==null&&(Gn.textures[Qn]=qn.texture,Gn.min[Qn]=qn.boundingBox.min,Gn.max[Qn]=qn.boundingBox.max,Gn.resolution[Qn]=qn.resolution,Qn++);for(let qn in Gn)Gn[qn].length=Qn;si.probesSH.value=Gn.textures,si.probesMin.value=Gn.min,si.probesMax.value=Gn.max,si.probesResolution.value=Gn.resolution}kl.upload(K,as(qt),si,Qt)}if(ue.isShaderMaterial&&ue.uniformsNeedUpdate===!0&&(kl.upload(K,as(qt),si,Qt),ue.uniformsNeedUpdate=!1),ue.isSpriteMaterial&&pn.setValue(K,"center",_e.center),pn.setValue(K,"modelViewMatrix",_e.modelViewMatrix),pn.setValue(K,"normalMatrix",_e.normalMatrix),pn.setValue(K,"modelMatrix",_e.matrixWorld),ue.uniformsGroups!==void 0){let Gn=ue.uniformsGroups;for(let Qn=0,qn=Gn.length;Qn<qn;Qn++){let zr=Gn[Qn];tt.update(zr,li),tt.bind(zr,li)}}return li}function Wn(A,Y){A.ambientLightColor.needsUpdate=Y,A.lightProbe.needsUpdate=Y,A.sunLights.needsUpdate=Y,A.sunLightShadows.needsUpdate=Y,A.directionalLights.needsUpdate=Y,A.directionalLightShadows.needsUpdate=Y,A.pointLights.needsUpdate=Y,A.pointLightShadows.needsUpdate=Y,A.spotLights.needsUpdate=Y,A.spotLightShadows.needsUpdate=Y,A.rectAreaLights.needsUpdate=Y,A.hemisphereLights.needsUpdate=Y}function kr(A){return A.isMeshLambertMaterial||A.isMeshToonMaterial||A.isMeshPhongMaterial||A.isMeshStandardMaterial||A.isShadowMaterial||A.isShaderMaterial&&A.lights===!0}this.getActiveCubeFace=function(){return ye},this.getActiveMipmapLevel=function(){return ie},this.getRenderTarget=function(){return De},this.setRenderTargetTextures=function(A,Y,Se){let ue=Gt.get(A);ue.__autoAllocateDepthBuffer=A.resolveDepthBuffer===!1,ue.__autoAllocateDepthBuffer===!1&&(ue.__useRenderToTexture=!1),Gt.get(A.texture).__webglTexture=Y,Gt.get(A.depthTexture).__webglTexture=ue.__autoAllocateDepthBuffer?void 0:Se,ue.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(A,Y){let Se=Gt.get(A);Se.__webglFramebuffer=Y,Se.__useDefaultFramebuffer=Y===void 0},this.setRenderTarget=function(A,Y=0,Se=0){De=A,ye=Y,ie=Se;let ue=null,_e=!1,dt=!1;if(A){let pt=Gt.get(A);if(pt.__useDefaultFramebuffer!==void 0){et.bindFramebuffer(K.FRAMEBUFFER,pt.__webglFramebuffer),re.copy(A.viewport),je.copy(A.scissor),kt=A.scissorTest,et.viewport(re),et.scissor(je),et.setScissorTest(kt),pe=-1;return}else if(pt.__webglFramebuffer===void 0)Qt.setupRenderTarget(A);else if(pt.__hasExternalTextures)Qt.rebindTextures(A,Gt.get(A.texture).__webglTexture,Gt.get(A.depthTexture).__webglTexture);else if(A.depthBuffer){let on=A.depthTexture;if(pt.__boundDepthTexture!==on){if(on!==null&&Gt.has(on)&&(A.width!==on.image.width||A.height!==on.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Qt.setupDepthRenderbuffer(A)}}let zt=A.texture;(zt.isData3DTexture||zt.isDataArrayTexture||zt.isCompressedArrayTexture)&&(dt=!0);let jt=Gt.get(A).__webglFramebuffer;A.isWebGLCubeRenderTarget?(Array.isArray(jt[Y])?ue=jt[Y][Se]:ue=jt[Y],_e=!0):A.samples>0&&Qt.useMultisampledRTT(A)===!1?ue=Gt.get(A).__webglMultisampledFramebuffer:Array.isArray(jt)?ue=jt[Se]:ue=jt,re.copy(A.viewport),je.copy(A.scissor),kt=A.scissorTest}else re.copy(Kt).multiplyScalar(nt).floor(),je.copy(Rn).multiplyScalar(nt).floor(),kt=gt;if(Se!==0&&(ue=me),et.bindFramebuffer(K.FRAMEBUFFER,ue)&&et.drawBuffers(A,ue),et.viewport(re),et.scissor(je),et.setScissorTest(kt),_e){let pt=Gt.get(A.texture);K.framebufferTexture2D(K.FRAMEBUFFER,K.COLOR_ATTACHMENT0,K.TEXTURE_CUBE_MAP_POSITIVE_X+Y,pt.__webglTexture,Se)}else if(dt){let pt=Y;for(let zt=0;zt<A.textures.length;zt++){let jt=Gt.get(A.textures[zt]);K.framebufferTextureLayer(K.FRAMEBUFFER,K.COLOR_ATTACHMENT0+zt,jt.__webglTexture,Se,pt)}}else if(A!==null&&Se!==0){let pt=Gt.get(A.texture);K.framebufferTexture2D(K.FRAMEBUFFER,K.COLOR_ATTACHMENT0,K.TEXTURE_2D,pt.__webglTexture,Se)}pe=-1};function Rs(A){let Y=Gt.get(A);return(Y.__readFormat!==A.format||Y.__readType!==A.type)&&(Y.__readFormat=A.format,Y.__readType=A.type,Y.__formatReadable=Dn.textureFormatReadable(A.format),Y.__typeReadable=Dn.textureTypeReadable(A.type)),Y}this.readRenderTargetPixels=function(A,Y,Se,ue,_e,dt,$t,pt=0){if(!(A&&A.isWebGLRenderTarget)){yn("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let zt=Gt.get(A).__webglFramebuffer;if(A.isWebGLCubeRenderTarget&&$t!==void 0&&(zt=zt[$t],Array.isArray(zt)&&(zt=zt[0])),zt){et.bindFramebuffer(K.FRAMEBUFFER,zt);try{let jt=A.textures[pt],on=jt.format,mn=jt.type;A.textures.length>1&&K.readBuffer(K.COLOR_ATTACHMENT0+pt);let Wt=Rs(jt);if(Wt.__formatReadable===!1){yn("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Wt.__typeReadable===!1){yn("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}Y>=0&&Y<=A.width-ue&&Se>=0&&Se<=A.height-_e&&K.readPixels(Y,Se,ue,_e,Ue.convert(on),Ue.convert(mn),dt)}finally{let jt=De!==null?Gt.get(De).__webglFramebuffer:null;et.bindFramebuffer(K.FRAMEBUFFER,jt)}}},this.readRenderTargetPixelsAsync=async function(A,Y,Se,ue,_e,dt,$t,pt=0){if(!(A&&A.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let zt=Gt.get(A).__webglFramebuffer;if(A.isWebGLCubeRenderTarget&&$t!==void 0&&(zt=zt[$t],Array.isArray(zt)&&(zt=zt[0])),zt)if(Y>=0&&Y<=A.width-ue&&Se>=0&&Se<=A.height-_e){et.bindFramebuffer(K.FRAMEBUFFER,zt);let jt=A.textures[pt],on=jt.format,mn=jt.type;A.textures.length>1&&K.readBuffer(K.COLOR_ATTACHMENT0+pt);let Wt=Rs(jt);if(Wt.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Wt.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let Tn=K.createBuffer();K.bindBuffer(K.PIXEL_PACK_BUFFER,Tn),K.bufferData(K.PIXEL_PACK_BUFFER,dt.byteLength,K.STREAM_READ),K.readPixels(Y,Se,ue,_e,Ue.convert(on),Ue.convert(mn),0),K.bindBuffer(K.PIXEL_PACK_BUFFER,null);let Jn=De!==null?Gt.get(De).__webglFramebuffer:null;et.bindFramebuffer(K.FRAMEBUFFER,Jn);let zn=K.fenceSync(K.SYNC_GPU_COMMANDS_COMPLETE,0);return K.flush(),await Tv(K,zn,4),K.bindBuffer(K.PIXEL_PACK_BUFFER,Tn),K.getBufferSubData(K.PIXEL_PACK_BUFFER,0,dt),K.bindBuffer(K.PIXEL_PACK_BUFFER,null),K.deleteBuffer(Tn),K.deleteSync(zn),dt}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(A,Y=null,Se=0){let ue=Math.pow(2,-Se),_e=Math.floor(A.image.width*ue),dt=Math.floor(A.image.height*ue),$t=Y!==null?Y.x:0,pt=Y!==null?Y.y:0;Qt.setTexture2D(A,0),K.copyTexSubImage2D(K.TEXTURE_2D,Se,0,0,$t,pt,_e,dt),et.unbindTexture()},this.copyTextureToTexture=function(A,Y,Se=null,ue=null,_e=0,dt=0){let $t,pt,zt,jt,on,mn,Wt,Tn,Jn,zn=A.isCompressedTexture?A.mipmaps[dt]:A.image;if(Se!==null)$t=Se.max.x-Se.min.x,pt=Se.max.y-Se.min.y,zt=Se.isBox3?Se.max.z-Se.min.z:1,jt=Se.min.x,on=Se.min.y,mn=Se.isBox3?Se.min.z:0;else{let pn=Math.pow(2,-_e);$t=Math.floor(zn.width*pn),pt=Math.floor(zn.height*pn),A.isDataArrayTexture?zt=zn.depth:A.isData3DTexture?zt=Math.floor(zn.depth*pn):zt=1,jt=0,on=0,mn=0}ue!==null?(Wt=ue.x,Tn=ue.y,Jn=ue.z):(Wt=0,Tn=0,Jn=0);let Un=Ue.convert(Y.format),hi=Ue.convert(Y.type),qt;Y.isData3DTexture?(Qt.setTexture3D(Y,0),qt=K.TEXTURE_3D):Y.isDataArrayTexture||Y.isCompressedArrayTexture?(Qt.setTexture2DArray(Y,0),qt=K.TEXTURE_2D_ARRAY):(Qt.setTexture2D(Y,0),qt=K.TEXTURE_2D),et.activeTexture(K.TEXTURE0),et.pixelStorei(K.UNPACK_FLIP_Y_WEBGL,Y.flipY),et.pixelStorei(K.UNPACK_PREMULTIPLY_ALPHA_WEBGL,Y.premultiplyAlpha),et.pixelStorei(K.UNPACK_ALIGNMENT,Y.unpackAlignment);let Xn=et.getParameter(K.UNPACK_ROW_LENGTH),vn=et.getParameter(K.UNPACK_IMAGE_HEIGHT),bi=et.getParameter(K.UNPACK_SKIP_PIXELS),li=et.getParameter(K.UNPACK_SKIP_ROWS),Hi=et.getParameter(K.UNPACK_SKIP_IMAGES);et.pixelStorei(K.UNPACK_ROW_LENGTH,zn.width),et.pixelStorei(K.UNPACK_IMAGE_HEIGHT,zn.height),et.pixelStorei(K.UNPACK_SKIP_PIXELS,jt),et.pixelStorei(K.UNPACK_SKIP_ROWS,on),et.pixelStorei(K.UNPACK_SKIP_IMAGES,mn);let Ui=A.isDataArrayTexture||A.isData3DTexture,er=Y.isDataArrayTexture||Y.isData3DTexture;if(A.isDepthTexture){let pn=Gt.get(A),si=Gt.get(Y),Mi=Gt.get(pn.__renderTarget),Gn=Gt.get(si.__renderTarget);et.bindFramebuffer(K.READ_FRAMEBUFFER,Mi.__webglFramebuffer),et.bindFramebuffer(K.DRAW_FRAMEBUFFER,Gn.__webglFramebuffer);for(let Qn=0;Qn<zt;Qn++)Ui&&(K.framebufferTextureLayer(K.READ_FRAMEBUFFER,K.COLOR_ATTACHMENT0,Gt.get(A).__webglTexture,_e,mn+Qn),K.framebufferTextureLayer(K.DRAW_FRAMEBUFFER,K.COLOR_ATTACHMENT0,Gt.get(Y).__webglTexture,dt,Jn+Qn)),K.blitFramebuffer(jt,on,jt+$t,on+pt,Wt,Tn,Wt+$t,Tn+pt,K.DEPTH_BUFFER_BIT,K.NEAREST);et.bindFramebuffer(K.READ_FRAMEBUFFER,null),et.bindFramebuffer(K.DRAW_FRAMEBUFFER,null)}else if(_e!==0||A.isRenderTargetTexture||Gt.has(A)){let pn=Gt.get(A),si=Gt.get(Y);et.bindFramebuffer(K.READ_FRAMEBUFFER,V),et.bindFramebuffer(K.DRAW_FRAMEBUFFER,xe);for(let Mi=0;Mi<zt;Mi++)Ui?K.framebufferTextureLayer(K.READ_FRAMEBUFFER,K.COLOR_ATTACHMENT0,pn.__webglTexture,_e,mn+Mi):K.framebufferTexture2D(K.READ_FRAMEBUFFER,K.COLOR_ATTACHMENT0,K.TEXTURE_2D,pn.__webglTexture,_e),er?K.framebufferTextureLayer(K.DRAW_FRAMEBUFFER,K.COLOR_ATTACHMENT0,si.__webglTexture,dt,Jn+Mi):K.framebufferTexture2D(K.DRAW_FRAMEBUFFER,K.COLOR_ATTACHMENT0,K.TEXTURE_2D,si.__webglTexture,dt),_e!==0?K.blitFramebuffer(jt,on,jt+$t,on+pt,Wt,Tn,Wt+$t,Tn+pt,K.COLOR_BUFFER_BIT,K.NEAREST):er?K.copyTexSubImage3D(qt,dt,Wt,Tn,Jn+Mi,jt,on,$t,pt):K.copyTexSubImage2D(qt,dt,Wt,Tn,jt,on,$t,pt);et.bindFramebuffer(K.READ_FRAMEBUFFER,null),et.bindFramebuffer(K.DRAW_FRAMEBUFFER,null)}else er?A.isDataTexture||A.isData3DTexture?K.texSubImage3D(qt,dt,Wt,Tn,Jn,$t,pt,zt,Un,hi,zn.data):Y.isCompressedArrayTexture?K.compressedTexSubImage3D(qt,dt,Wt,Tn,Jn,$t,pt,zt,Un,zn.data):K.texSubImage3D(qt,dt,Wt,Tn,Jn,$t,pt,zt,Un,hi,zn):A.isDataTexture?K.texSubImage2D(K.TEXTURE_2D,dt,Wt,Tn,$t,pt,Un,hi,zn.data):A.isCompressedTexture?K.compressedTexSubImage2D(K.TEXTURE_2D,dt,Wt,Tn,zn.width,zn.height,Un,zn.data):K.texSubImage2D(K.TEXTURE_2D,dt,Wt,Tn,$t,pt,Un,hi,zn);et.pixelStorei(K.UNPACK_ROW_LENGTH,Xn),et.pixelStorei(K.UNPACK_IMAGE_HEIGHT,vn),et.pixelStorei(K.UNPACK_SKIP_PIXELS,bi),et.pixelStorei(K.UNPACK_SKIP_ROWS,li),et.pixelStorei(K.UNPACK_SKIP_IMAGES,Hi),dt===0&&Y.generateMipmaps===!0&&Y.mipmapsAutoUpdate===!0&&K.generateMipmap(qt),et.unbindTexture()},this.initRenderTarget=function(A){Gt.get(A).__webglFramebuffer===void 0&&Qt.setupRenderTarget(A)},this.initTexture=function(A){A.isCubeTexture?Qt.setTextureCube(A,0):A.isData3DTexture?Qt.setTexture3D(A,0):A.isDataArrayTexture||A.isCompressedArrayTexture?Qt.setTexture2DArray(A,0):Qt.setTexture2D(A,0),et.unbindTexture()},this.resetState=function(){ye=0,ie=0,De=null,et.reset(),ke.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return Nr}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Nn._getDrawingBufferColorSpace(e),t.unpackColorSpace=Nn._getUnpackColorSpace()}};var fy={type:"change"},$0={type:"start"},py={type:"end"},lp=new bo,dy=new vr,oI=Math.cos(70*A0.DEG2RAD),Fi=new Me,hr=2*Math.PI,$n={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},X0=1e-6,cp=class extends yu{constructor(e,t=null){super(e,t),this.state=$n.NONE,this.target=new Me,this.cursor=new Me,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:za.ROTATE,MIDDLE:za.DOLLY,RIGHT:za.PAN},this.touches={ONE:Ga.ROTATE,TWO:Ga.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new Me,this._lastQuaternion=new yr,this._lastTargetPosition=new Me,this._quat=new yr().setFromUnitVectors(e.up,new Me(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new Dl,this._sphericalDelta=new Dl,this._scale=1,this._panOffset=new Me,this._rotateStart=new Cn,this._rotateEnd=new Cn,this._rotateDelta=new Cn,this._panStart=new Cn,this._panEnd=new Cn,this._panDelta=new Cn,this._dollyStart=new Cn,this._dollyEnd=new Cn,this._dollyDelta=new Cn,this._dollyDirection=new Me,this._mouse=new Cn,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=cI.bind(this),this._onPointerDown=lI.bind(this),this._onPointerUp=uI.bind(this),this._onContextMenu=_I.bind(this),this._onMouseWheel=dI.bind(this),this._onKeyDown=pI.bind(this),this._onTouchStart=mI.bind(this),this._onTouchMove=gI.bind(this),this._onMouseDown=hI.bind(this),this._onMouseMove=fI.bind(this),this._interceptControlDown=xI.bind(this),this._interceptControlUp=vI.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=$n.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(fy),this.update(),this.state=$n.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Fi.copy(t).sub(this.target),Fi.applyQuaternion(this._quat),this._spherical.setFromVector3(Fi),this.autoRotate&&this.state===$n.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=hr:i>Math.PI&&(i-=hr),r<-Math.PI?r+=hr:r>Math.PI&&(r-=hr),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(Fi.setFromSpherical(this._spherical),Fi.applyQuaternion(this._quatInverse),t.copy(this.target).add(Fi),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=Fi.length();a=this._clampDistance(o*this._scale);let c=o-a;this.object.position.addScaledVector(this._dollyDirection,c),this.object.updateMatrixWorld(),s=!!c}else if(this.object.isOrthographicCamera){let o=new Me(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let c=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=c!==this.object.zoom;let l=new Me(this._mouse.x,this._mouse.y,0);l.unproject(this.object),this.object.position.sub(l).add(o),this.object.updateMatrixWorld(),a=Fi.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(lp.origin.copy(this.object.position),lp.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(lp.direction))<oI?this.object.lookAt(this.target):(dy.setFromNormalAndCoplanarPoint(this.object.up,this.target),lp.intersectPlane(dy,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>X0||8*(1-this._lastQuaternion.dot(this.object.quaternion))>X0||this._lastTargetPosition.distanceToSquared(this.target)>X0?(this.dispatchEvent(fy),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?hr/60*this.autoRotateSpeed*e:hr/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Fi.setFromMatrixColumn(t,0),Fi.multiplyScalar(-e),this._panOffset.add(Fi)}_panUp(e,t){this.screenSpacePanning===!0?Fi.setFromMatrixColumn(t,1):(Fi.setFromMatrixColumn(t,0),Fi.crossVectors(this.object.up,Fi)),Fi.multiplyScalar(e),this._panOffset.add(Fi)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Fi.copy(r).sub(this.target);let s=Fi.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(hr*this._rotateDelta.x/t.clientHeight),this._rotateUp(hr*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(hr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-hr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(hr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-hr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(hr*this._rotateDelta.x/t.clientHeight),this._rotateUp(hr*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Cn,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function lI(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function cI(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function uI(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(py),this.state=$n.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function hI(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case za.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=$n.DOLLY;break;case za.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=$n.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=$n.ROTATE}break;case za.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=$n.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=$n.PAN}break;default:this.state=$n.NONE}this.state!==$n.NONE&&this.dispatchEvent($0)}function fI(n){switch(this.state){case $n.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case $n.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case $n.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function dI(n){this.enabled===!1||this.enableZoom===!1||this.state!==$n.NONE||(n.preventDefault(),this.dispatchEvent($0),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(py))}function pI(n){this.enabled!==!1&&this._handleKeyDown(n)}function mI(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Ga.ROTATE:if(this.enableRotate===!1){this.state=$n.NONE;break}this._handleTouchStartRotate(n),this.state=$n.TOUCH_ROTATE;break;case Ga.PAN:if(this.enablePan===!1){this.state=$n.NONE;break}this._handleTouchStartPan(n),this.state=$n.TOUCH_PAN;break;default:this.state=$n.NONE}break;case 2:switch(this.touches.TWO){case Ga.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=$n.TOUCH_DOLLY_PAN;break;case Ga.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=$n.TOUCH_DOLLY_ROTATE;break;default:this.state=$n.NONE}break;default:this.state=$n.NONE}this.state!==$n.NONE&&this.dispatchEvent($0)}function gI(n){switch(this._trackPointer(n),this.state){case $n.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case $n.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case $n.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case $n.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=$n.NONE}}function _I(n){this.enabled!==!1&&n.preventDefault()}function xI(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function vI(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}var my=performance.now(),b={source:null,meta:null,n:0,dims:2,layout:null,pos:null,xs:null,ys:null,rows:null,codes:null,color:null,palette:[],hidden:new Set,range:null,filtered:null,visibleCount:0,hovered:null,selected:null,neighbors:[],neighborsInLayout:!1,selection:[],selectionKind:null,lassoCount:0,status:"loading",message:"",quality:null,loss:null,frames:0,firstFrameMs:null,firstDrawMs:null,runStartedAt:0,running:!1,version:null,embedding:null,rowFieldsShown:16},gy,_y=new Promise(n=>{gy=n});function Du(n){n&&(window.projector.isReady=!0),gy(n)}Nn.enabled=!1;var Ji=null,Wi={},Gl=!0,Ou=!1,xy=6;function yI(){let n=b.n;return n<=5e3?5:n<=5e4?3:n<=5e5?2:1}function SI(){let n=Bt("plot"),e=document.createElement("canvas");e.id="canvas3d",e.hidden=!0,n.insertBefore(e,Bt("plot-tools"));let t=new sp({canvas:e,antialias:!1,preserveDrawingBuffer:!0});t.outputColorSpace=yo,t.setClearColor(16777215,1),t.setPixelRatio(window.devicePixelRatio||1);let i=new ir(45,1,.01,100),r=new cp(i,e);r.addEventListener("change",()=>Gl=!0);let s=new Fr,a=yI()*(window.devicePixelRatio||1),o=new Il(s,new Eo({size:a,sizeAttenuation:!1,vertexColors:!0})),c=new Fr,l=new Il(c,new Eo({size:a+4,sizeAttenuation:!1,color:1118481,depthWrite:!1}));l.renderOrder=-1;let u=new hu;u.add(l,o),Ji={renderer:t,scene:u,camera:i,controls:r,geometry:s,ringGeometry:c,points:o,ring:l,canvas:e},vy();let f=()=>{let p=n.getBoundingClientRect(),x=Math.max(1,Math.floor(p.width)),y=Math.max(1,Math.floor(p.height));t.setSize(x,y,!0),i.aspect=x/y,i.updateProjectionMatrix(),Gl=!0};new ResizeObserver(f).observe(n),f(),e.addEventListener("pointermove",EI),e.addEventListener("pointerleave",()=>q0(null));let h=null;e.addEventListener("pointerdown",p=>h=[p.clientX,p.clientY]),e.addEventListener("click",p=>{if(!h||Math.hypot(p.clientX-h[0],p.clientY-h[1])>4)return;let x=Ey(p.clientX,p.clientY);hp.click?.(x)}),Bt("reset-view").addEventListener("click",()=>Ou&&vy()),requestAnimationFrame(My)}function vy(){let{camera:n,controls:e}=Ji;n.position.set(0,0,2.9),n.up.set(0,1,0),e.target.set(0,0,0),e.update(),Gl=!0}var hp={};function Sy(n){Object.assign(hp,n)}function Io(){return Ou}function by(){let n=b.dims===3&&!!b.pos;n&&!Ji&&SI(),n!==Ou&&(Ou=n,Ji.canvas.hidden=!n,Bt("canvas").style.visibility=n?"hidden":"",n||q0(null)),n&&(Gl=!0)}function bI(){let{geometry:n,ringGeometry:e}=Ji,t=b.n;if(Wi.pos!==b.pos){Wi.pos=b.pos;let i=MI(b.pos,t),r=new rr(i,3);n.setAttribute("position",r),e.setAttribute("position",r),n.computeBoundingSphere(),e.boundingSphere=n.boundingSphere,Ji.xyz=i}if(Wi.palette!==b.palette||Wi.color!==b.color){Wi.palette=b.palette,Wi.color=b.color;let i=b.palette.map(s=>[1,3,5].map(a=>parseInt(s.slice(a,a+2),16)/255)),r=new Float32Array(t*3);for(let s=0;s<t;s++){let a=i[b.codes[s]]||i[0]||[.5,.5,.5];r[3*s]=a[0],r[3*s+1]=a[1],r[3*s+2]=a[2]}n.setAttribute("color",new rr(r,3))}if(Wi.filtered!==b.filtered){Wi.filtered=b.filtered;let i=b.filtered;if(!i)n.setIndex(null);else{let r=[];for(let s=0;s<t;s++)i[s]&&r.push(s);n.setIndex(new rr(Uint32Array.from(r),1))}}if(Wi.selection!==b.selection||Wi.ringFilter!==b.filtered){Wi.selection=b.selection,Wi.ringFilter=b.filtered;let i=b.filtered?b.selection.filter(r=>b.filtered[r]):b.selection;e.setIndex(new rr(Uint32Array.from(i),1)),e.setDrawRange(0,i.length)}}function MI(n,e){let t=[1/0,1/0,1/0],i=[-1/0,-1/0,-1/0];for(let o=0;o<e*3;o++){let c=n[o],l=o%3;c<t[l]&&(t[l]=c),c>i[l]&&(i[l]=c)}let r=t.map((o,c)=>i[c]>=o?(o+i[c])/2:0),s=Math.max(...i.map((o,c)=>o>=t[c]?(o-t[c])/2:0))||1,a=new Float32Array(e*3);for(let o=0;o<e*3;o++){let c=(n[o]-r[o%3])/s;a[o]=Number.isFinite(c)?c:0}return a}function My(){requestAnimationFrame(My),!(!Ou||!(Wi.pos!==b.pos||Wi.palette!==b.palette||Wi.color!==b.color||Wi.filtered!==b.filtered||Wi.selection!==b.selection)&&!Gl)&&(bI(),Ji.renderer.render(Ji.scene,Ji.camera),Gl=!1,b.draws3d=(b.draws3d||0)+1)}var Nu=new Me;function Y0(n,e=Ji?.canvas.getBoundingClientRect()){if(!Ji?.xyz)return null;let t=Ji.xyz;return Nu.set(t[3*n],t[3*n+1],t[3*n+2]).project(Ji.camera),Nu.z>1?null:[e.left+(Nu.x+1)/2*e.width,e.top+(1-Nu.y)/2*e.height,Nu.z]}function Ey(n,e){if(!Ji?.xyz)return null;Ji.camera.updateMatrixWorld();let t=null,i=xy*xy+1e-6,r=1/0,s=b.filtered,a=Ji.canvas.getBoundingClientRect();for(let o=0;o<b.n;o++){if(s&&!s[o])continue;let c=Y0(o,a);if(!c)continue;let l=(c[0]-n)**2+(c[1]-e)**2;(l<i-.25||l<=i+.25&&c[2]<r)&&(t=o,i=Math.min(l,i),r=c[2])}return t}var yy=null,up=null;function q0(n){n!==yy&&(yy=n,n===null?hp.out?.():hp.over?.(n))}function EI(n){if(n.buttons)return;let e=up===null;up=[n.clientX,n.clientY],e&&requestAnimationFrame(()=>{let[t,i]=up;up=null,q0(Ey(t,i))})}var fp=()=>{let n=[Int8Array,Uint8Array,Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array],e=1,t=8;class i{static from(u){if(!(u instanceof ArrayBuffer))throw new Error("Data must be an instance of ArrayBuffer.");let[f,h]=new Uint8Array(u,0,2);if(f!==219)throw new Error("Data does not appear to be in a KDBush format.");let p=h>>4;if(p!==e)throw new Error(`Got v${p} data when expected v${e}.`);let x=n[h&15];if(!x)throw new Error("Unrecognized array type.");let[y]=new Uint16Array(u,2,1),[m]=new Uint32Array(u,4,1);return new i(m,y,x,u)}constructor(u,f=64,h=Float64Array,p){if(isNaN(u)||u<0)throw new Error(`Unexpected numItems value: ${u}.`);this.numItems=+u,this.nodeSize=Math.min(Math.max(+f,2),65535),this.ArrayType=h,this.IndexArrayType=u<65536?Uint16Array:Uint32Array;let x=n.indexOf(this.ArrayType),y=u*2*this.ArrayType.BYTES_PER_ELEMENT,m=u*this.IndexArrayType.BYTES_PER_ELEMENT,g=(8-m%8)%8;if(x<0)throw new Error(`Unexpected typed array class: ${h}.`);p&&p instanceof ArrayBuffer?(this.data=p,this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+m+g,u*2),this._pos=u*2,this._finished=!0):(this.data=new ArrayBuffer(t+y+m+g),this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+m+g,u*2),this._pos=0,this._finished=!1,new Uint8Array(this.data,0,2).set([219,(e<<4)+x]),new Uint16Array(this.data,2,1)[0]=f,new Uint32Array(this.data,4,1)[0]=u)}add(u,f){let h=this._pos>>1;return this.ids[h]=h,this.coords[this._pos++]=u,this.coords[this._pos++]=f,h}finish(){let u=this._pos>>1;if(u!==this.numItems)throw new Error(`Added ${u} items when expected ${this.numItems}.`);return r(this.ids,this.coords,this.nodeSize,0,this.numItems-1,0),this._finished=!0,this}range(u,f,h,p){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:x,coords:y,nodeSize:m}=this,g=[0,x.length-1,0],E=[];for(;g.length;){let C=g.pop()||0,M=g.pop()||0,F=g.pop()||0;if(M-F<=m){for(let q=F;q<=M;q++){let X=y[2*q],Z=y[2*q+1];X>=u&&X<=h&&Z>=f&&Z<=p&&E.push(x[q])}continue}let D=F+M>>1,v=y[2*D],w=y[2*D+1];v>=u&&v<=h&&w>=f&&w<=p&&E.push(x[D]),(C===0?u<=v:f<=w)&&(g.push(F),g.push(D-1),g.push(1-C)),(C===0?h>=v:p>=w)&&(g.push(D+1),g.push(M),g.push(1-C))}return E}within(u,f,h){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:p,coords:x,nodeSize:y}=this,m=[0,p.length-1,0],g=[],E=h*h;for(;m.length;){let C=m.pop()||0,M=m.pop()||0,F=m.pop()||0;if(M-F<=y){for(let q=F;q<=M;q++)c(x[2*q],x[2*q+1],u,f)<=E&&g.push(p[q]);continue}let D=F+M>>1,v=x[2*D],w=x[2*D+1];c(v,w,u,f)<=E&&g.push(p[D]),(C===0?u-h<=v:f-h<=w)&&(m.push(F),m.push(D-1),m.push(1-C)),(C===0?u+h>=v:f+h>=w)&&(m.push(D+1),m.push(M),m.push(1-C))}return g}}function r(l,u,f,h,p,x){if(p-h<=f)return;let y=h+p>>1;s(l,u,y,h,p,x),r(l,u,f,h,y-1,1-x),r(l,u,f,y+1,p,1-x)}function s(l,u,f,h,p,x){for(;p>h;){if(p-h>600){let E=p-h+1,C=f-h+1,M=Math.log(E),F=.5*Math.exp(2*M/3),D=.5*Math.sqrt(M*F*(E-F)/E)*(C-E/2<0?-1:1),v=Math.max(h,Math.floor(f-C*F/E+D)),w=Math.min(p,Math.floor(f+(E-C)*F/E+D));s(l,u,f,v,w,x)}let y=u[2*f+x],m=h,g=p;for(a(l,u,h,f),u[2*p+x]>y&&a(l,u,h,p);m<g;){for(a(l,u,m,g),m++,g--;u[2*m+x]<y;)m++;for(;u[2*g+x]>y;)g--}u[2*h+x]===y?a(l,u,h,g):(g++,a(l,u,g,p)),g<=f&&(h=g+1),f<=g&&(p=g-1)}}function a(l,u,f,h){o(l,f,h),o(u,2*f,2*h),o(u,2*f+1,2*h+1)}function o(l,u,f){let h=l[u];l[u]=l[f],l[f]=h}function c(l,u,f,h){let p=l-f,x=u-h;return p*p+x*x}return i};var AI=1e5,Wa=null,Z0=!1,TI=0,Uu=new Map;function j0(n,e,t){let i=new n(e.length,16);for(let r=0;r<e.length;r++)i.add(e[r],t[r]);return i.finish(),i.data}function wI(){if(Wa||Z0)return Wa;try{let n=`const KDBush = (${fp.toString()})();
const build = ${j0.toString()};
onmessage = (e) => {
  const data = build(KDBush, e.data.x, e.data.y);
  postMessage({ id: e.data.id, data }, [data]);
};`,e=URL.createObjectURL(new Blob([n],{type:"text/javascript"}));Wa=new Worker(e,{name:"projector-index"}),URL.revokeObjectURL(e),Wa.onmessage=t=>{let i=Uu.get(t.data.id);Uu.delete(t.data.id),i?.(t.data.data)},Wa.onerror=()=>{Z0=!0,Wa=null;for(let[t,i]of Uu)Uu.delete(t),i(null)}}catch{Z0=!0,Wa=null}return Wa}var Fu=null;function Ay(n,e,t=!1){let i=t&&n.length<=AI?null:wI();if(!i)return Fu||(Fu=fp()),Promise.resolve(j0(Fu,n,e));let r=n.slice(),s=e.slice(),a=++TI;return new Promise(o=>{Uu.set(a,c=>o(c??j0(Fu||(Fu=fp()),r,s))),i.postMessage({id:a,x:r,y:s},[r.buffer,s.buffer])})}function Pi(n,e="",t=""){b.status=n,b.message=e;let i=Bt("status");i.textContent=e,i.className=`status ${t}`}function Js(n,e,t){let i=Bt("progress");if(n===null){i.hidden=!0;return}i.hidden=!1;let r=t>0?Math.min(e/t,1):0;i.querySelector(".fill").style.width=`${(100*r).toFixed(1)}%`,i.querySelector(".label").textContent=t>0?`${n} ${Vn(e)} / ${Vn(t)}`:n}function Po(){let n=b.meta,e=dp(b.layout),t=CI(),i=`${n.source} \xB7 ${e} \xB7 ${Vn(b.n)} points \xD7 ${t} dims`;Bt("title").textContent=i,document.title=`projector \xB7 ${n.source}`,Bt("note3d").hidden=b.dims!==3}function dp(n){let e=b.meta.algos?.find(t=>t.id===n||t.name===n);return e?e.name:n??""}function Ty(n){let e=String(n??""),t=b.meta.algos?.find(i=>i.id===e||i.name===e||e.startsWith(`${i.name} `));return t?t.id:n}function CI(){let n=b.meta.embedding||{},e=b.embedding||n;return e.kind==="numeric"&&e.columns?e.columns.length:e.kind===n.kind&&e.columns?.[0]===n.columns?.[0]&&n.dims?n.dims:b.meta.columns.find(r=>r.name===e.columns?.[0])?.dims??"?"}var ti=null;function wy(){let n=Bt("plot"),e=Bt("canvas"),t=b.n,i=t<=5e3?5:t<=5e4?3:t<=5e5?2:1,r=vg({canvas:document.createElement("canvas")}),s=()=>{let a=n.getBoundingClientRect();return[Math.max(1,Math.floor(a.width)),Math.max(1,Math.floor(a.height))]};return r.resize(...s()),ti=dx({renderer:r,canvas:e,width:s()[0],height:s()[1],pointSize:i,pointSizeSelected:2,pointOutlineWidth:1,opacity:t>2e5?.6:1,opacityInactiveScale:.4,backgroundColor:"#ffffff",pointColor:[zs(Zc(0))],pointColorHover:"#000000",pointColorActive:"#111111",lassoColor:[.1,.1,.1,1],lassoMinDelay:10,lassoMinDist:2,lassoOnLongPress:!0,colorBy:"valueA",performanceMode:t>2e6}),new ResizeObserver(()=>{let[a,o]=s();r.resize(a,o),r.refresh(),ti.set({width:a,height:o})}).observe(n),Bt("reset-view").addEventListener("click",()=>ti.reset()),ti}function RI(n,e){let t=b.n;(!b.xs||b.xs.length!==t)&&(b.xs=new Float32Array(t),b.ys=new Float32Array(t));let i=1/0,r=-1/0,s=1/0,a=-1/0;for(let x=0,y=0;x<t;x++,y+=e){let m=n[y],g=n[y+1];m<i&&(i=m),m>r&&(r=m),g<s&&(s=g),g>a&&(a=g)}r>=i||(i=r=s=a=0);let o=(i+r)/2,c=(s+a)/2,u=.95/(Math.max(r-i,a-s)/2||1);b.norm={cx:o,cy:c,s:u};let f=b.xs,h=b.ys,p=K0();for(let x=0,y=0;x<t;x++,y+=e){let m=(n[y]-o)*u,g=(n[y+1]-c)*u;Number.isFinite(m)||(m=0),Number.isFinite(g)||(g=0),f[x]=m,h[x]=g;let E=p[x];E[0]=m,E[1]=g}}function K0(){if(!b.rows||b.rows.length!==b.n){b.rows=new Array(b.n);for(let n=0;n<b.n;n++)b.rows[n]=[0,0,b.codes?b.codes[n]:0]}return b.rows}function J0(n,e,t=!1){b.pos=n,b.dims=e,b.serverLayout=!1,RI(n,e),by(),Bu++,ku(!0,t),document.dispatchEvent(new CustomEvent("projector:positions",{detail:{live:t}}))}async function gp(){let{dims:n,data:e}=await b.source.positions();if(e.length!==b.n*n)throw new Error(`positions: ${e.length} values for ${b.n} \xD7 ${n}`);J0(e,n),b.serverLayout=!0,Po()}var Bu=0,es=null,Lo=null;function Cy(){let n=Bu,e=b.n,t=Ay(b.xs,b.ys,!es).then(i=>((!es||es.v<n)&&(es={buf:i,v:n,n:e}),Lo?.v===n&&(Lo=null),es));return Lo={v:n,promise:t},t}function II(){return es&&es.v===Bu?Promise.resolve(es):Lo&&Lo.v===Bu?Lo.promise:Cy()}var mp=!1,Qr=null,pp=null;function ku(n,e=!1){!b.xs||!b.codes||!b.rows||b.xs.length!==b.n||b.codes.length!==b.n||b.rows.length!==b.n||(Qr=Qr||{reindex:!1,live:!0},Qr.reindex||(Qr.reindex=n),Qr.live&&(Qr.live=e),mp||PI())}function Ry(n){mp||!ti.get("isPointsDrawn")?pp=n:n()}async function PI(){for(mp=!0;Qr;){let{reindex:n,live:e}=Qr;Qr=null;let t=es&&es.n===b.n?es:null;!t||n&&!e?t=await II():n&&!Lo&&t.v!==Bu&&Cy();let i=performance.now();try{await ti.draw(b.rows,{zDataType:"categorical",preventFilterReset:!0,spatialIndex:t.buf})}catch(r){console.error("draw",r)}if(b.drawMs=performance.now()-i,b.draws=(b.draws||0)+1,b.firstDrawMs===null&&(b.firstDrawMs=performance.now()-my,Du(!0)),pp){let r=pp;pp=null,r()}}mp=!1}var Fn={contours:!1,labels:!1,map:null,forColor:void 0,timer:null,seq:0,placed:[],under:null,over:null,note:null,refs:null};function Iy(n,e){let t=ft("canvas",{id:n});t.style.cssText="position:absolute;inset:0;pointer-events:none;display:block;";let i=Bt("plot");return e?i.insertBefore(t,Bt("canvas")):Bt("canvas").after(t),t}function Ly(){let n=ft("div",{class:"row"}),e=(t,i,r)=>{let s=ft("input",{type:"checkbox",id:t});return s.addEventListener("change",()=>{Fn[r]=s.checked,r==="contours"&&ti.set({backgroundColor:Fn.contours?[0,0,0,0]:"#ffffff"}),(!Fn.map||Fn.forColor!==Dy())&&Q0(0),zu()}),ft("label",{},s,` ${i} `)};n.append(e("show-contours","contours","contours"),e("show-labels","cluster labels","labels")),Fn.note=ft("div",{class:"hint"}),Bt("sec-color").append(n,Fn.note),Fn.under=Iy("density-under",!0),Fn.over=Iy("density-labels",!1),ti.subscribe("view",zu),document.addEventListener("projector:positions",()=>{Fn.map=null,Fn.refs=null,zu(),Q0(400)}),Bt("color-by").addEventListener("change",()=>Q0(300)),new ResizeObserver(zu).observe(Bt("plot"))}function Dy(){return b.color?.name??""}function Q0(n){clearTimeout(Fn.timer),(Fn.contours||Fn.labels)&&(Fn.timer=setTimeout(LI,n))}async function LI(){let n=++Fn.seq,e=Dy(),t;try{if(b.source.static)t=b.source.data.density??{supported:!1,message:"this export has no density"};else if(b.serverLayout)t=await(await fetch(`/api/density?color=${encodeURIComponent(e)}`)).json();else{let i=await fetch(`/api/density?color=${encodeURIComponent(e)}`,{method:"POST",headers:{"X-Dims":String(b.dims),"Content-Type":"application/octet-stream"},body:b.pos});t=i.ok?await i.json():{supported:!1,message:await i.text()}}}catch(i){t={supported:!1,message:i.message}}n===Fn.seq&&(Fn.map=t,Fn.forColor=e,Fn.note.textContent=t.supported?"":t.message||"",zu())}function DI(){if(!b.norm||!b.xs||!ti?.get("isPointsDrawn"))return null;if(!Fn.refs){let[m,g,E,C]=[0,0,0,0];for(let M=1;M<b.n;M++)b.xs[M]<b.xs[m]&&(m=M),b.xs[M]>b.xs[g]&&(g=M),b.ys[M]<b.ys[E]&&(E=M),b.ys[M]>b.ys[C]&&(C=M);Fn.refs=[m,g,E,C]}let[n,e,t,i]=Fn.refs;if(b.xs[e]===b.xs[n]||b.ys[i]===b.ys[t])return null;let r=m=>ti.getScreenPosition(m),[s,a,o,c]=[r(n),r(e),r(t),r(i)];if(!s||!a||!o||!c)return null;let l=(a[0]-s[0])/(b.xs[e]-b.xs[n]),u=s[0]-l*b.xs[n],f=(c[1]-o[1])/(b.ys[i]-b.ys[t]),h=o[1]-f*b.ys[t],{cx:p,cy:x,s:y}=b.norm;return(m,g)=>[l*(m-p)*y+u,f*(g-x)*y+h]}function Py(n){let e=Bt("plot").getBoundingClientRect(),t=window.devicePixelRatio||1,i=Math.max(1,Math.floor(e.width*t)),r=Math.max(1,Math.floor(e.height*t));(n.width!==i||n.height!==r)&&(n.width=i,n.height=r);let s=n.getContext("2d");return s.setTransform(t,0,0,t,0,0),s.clearRect(0,0,e.width,e.height),[s,e.width,e.height]}function NI(n,e,t){let i=n.map((a,o)=>o).sort((a,o)=>n[o].priority-n[a].priority||a-o),r=[],s=new Array(n.length).fill(null);for(let a of i){let{x:o,y:c,w:l,h:u}=n[a],f=[[0,0],[0,-u],[0,u],[-l/2,0],[l/2,0],[0,-2*u],[0,2*u]];for(let[h,p]of f){let x=[o+h,c+p],y=x[0]-l/2>=t[0]&&x[0]+l/2<=t[2]&&x[1]-u/2>=t[1]&&x[1]+u/2<=t[3],m=r.every(g=>Math.abs(g.x-x[0])*2>=g.w+l+2*e||Math.abs(g.y-x[1])*2>=g.h+u+2*e);if(y&&m){r.push({x:x[0],y:x[1],w:l,h:u}),s[a]=x;break}}}return s}function zu(){if(!Fn.under)return;let[n,e,t]=Py(Fn.under),[i]=Py(Fn.over);Fn.placed=[];let r=Fn.map;if(!r?.supported||b.dims!==2||!(Fn.contours||Fn.labels))return;let s=DI();if(s&&(Fn.contours&&(n.strokeStyle="rgba(120, 120, 120, 0.7)",n.lineJoin="round",r.contours.forEach((a,o)=>{n.lineWidth=.8+.4*(1-o/Math.max(1,r.contours.length)),n.beginPath();for(let c of a.lines)for(let l=0;l<c.length;l+=2){let[u,f]=s(c[l],c[l+1]);l===0?n.moveTo(u,f):n.lineTo(u,f)}n.stroke()})),Fn.labels)){i.font="600 14px system-ui, sans-serif",i.textAlign="center",i.textBaseline="middle";let a=[];for(let c of r.clusters){if(!c.label)continue;let[l,u]=s(c.centre[0],c.centre[1]);l>=0&&u>=0&&l<=e&&u<=t&&a.push({text:c.label,x:l,y:u,w:i.measureText(c.label).width+6,h:18,priority:c.points})}let o=NI(a,2,[0,0,e,t]);i.lineJoin="round",a.forEach((c,l)=>{if(!o[l])return;let[u,f]=o[l];i.lineWidth=4,i.strokeStyle="rgba(255, 255, 255, 0.9)",i.strokeText(c.text,u,f),i.fillStyle="#191919",i.fillText(c.text,u,f),Fn.placed.push({text:c.text,x:u,y:f})})}}function Ny(){return{contours:Fn.contours,labels:Fn.labels,supported:Fn.map?.supported??null,lines:Fn.map?.contours?.reduce((n,e)=>n+e.lines.length,0)??0,placed:Fn.placed.slice(),note:Fn.note?.textContent??""}}function Fy(){let n=Io()?Bt("canvas3d"):Bt("canvas"),e=document.createElement("canvas");e.width=n.width,e.height=n.height;let t=e.getContext("2d");t.fillStyle="#ffffff",t.fillRect(0,0,e.width,e.height),t.drawImage(n,0,0),e.toBlob(i=>Sg(i,`${Uy()}.png`),"image/png")}function Uy(){return`${String(b.meta.source).replace(/\.[^.]+$/,"")}-${Ty(b.layout)||"layout"}`.replace(/[^\w.-]+/g,"_")}function Oy(n){let e=String(n);return/[",\n\r]/.test(e)?`"${e.replace(/"/g,'""')}"`:e}function By(){let n=b.selection.length?[...b.selection].sort((o,c)=>o-c):null,e=b.dims,t=["x","y","z"].slice(0,e),i=b.color,r=[`index,${t.join(",")}${i?`,${Oy(i.name)}`:""}
`],s=n?n.length:b.n,a=[];for(let o=0;o<s;o++){let c=n?n[o]:o,l=String(c);for(let u=0;u<e;u++)l+=`,${b.pos[c*e+u]}`;i&&(i.info.kind==="categorical"?l+=`,${Oy(i.info.classes[i.values[c]])}`:l+=`,${Number.isFinite(i.values[c])?i.values[c]:""}`),a.push(l),a.length===1e4&&(r.push(`${a.join(`
`)}
`),a=[])}a.length&&r.push(`${a.join(`
`)}
`),Sg(new Blob(r,{type:"text/csv"}),`${Uy()}${n?"-selection":""}.csv`)}function ky(){window.projector={ready:_y,isReady:!1,n:0,screenOf(n){if(Io())return Y0(n)?.slice(0,2)??null;let e=Bt("canvas").getBoundingClientRect(),t=ti.getScreenPosition(n);return t?[e.left+t[0],e.top+t[1]]:null},position(n){return Array.from(b.pos.subarray(n*b.dims,(n+1)*b.dims))},colorOf(n){return b.palette[b.codes[n]]??null},density(){return Ny()},selection(){return b.selection.slice()},state(){return{hovered:b.hovered,selected:b.selected,selection:b.selection.length,selectionKind:b.selectionKind,lassoCount:b.lassoCount,status:b.status,message:b.message,quality:b.quality,loss:b.loss,frames:b.frames,iteration:b.iteration??null,dims:b.dims,view3d:Io(),draws3d:b.draws3d??0,layout:b.layout,visible:b.visibleCount,color:b.color?.name??null,palette:b.color?.info.kind==="categorical"?b.palette.slice():null,firstDrawMs:b.firstDrawMs,firstFrameMs:b.firstFrameMs,drawMs:b.drawMs??null,draws:b.draws??0,neighbors:Array.isArray(b.neighbors)?b.neighbors.map(n=>n.index):[]}}}}function zy(n,e,t,i,r=10){let s=[],a=i*e;for(let o=0,c=0;o<t;o++,c+=e){if(o===i)continue;let l=0;for(let f=0;f<e;f++){let h=n[c+f]-n[a+f];l+=h*h}if(l!==l||s.length===r&&l>=s[r-1][0])continue;let u=s.length<r?s.length:r-1;for(s.length<r&&s.push(null);u>0&&s[u-1][0]>l;)s[u]=s[u-1],u--;s[u]=[l,o]}return s.map(([o,c])=>({index:c,distance:Math.sqrt(o)}))}function Gu(n){let e=b.color;return e?e.info.kind==="categorical"?String(e.info.classes[e.values[n]]):Vn(e.values[n]):""}function _p(n,e,t){let i=ft("div",{class:"fields"}),r=ft("table"),s=n.fields||[];for(let[o,c]of s.slice(0,t)){let l=typeof c=="string"?c:JSON.stringify(c);r.append(ft("tr",{},ft("th",{},o),ft("td",{},l.length>120?`${l.slice(0,117)}\u2026`:l)))}i.append(r),s.length>t&&i.append(ft("div",{class:"hint"},`and ${s.length-t} more fields`));let a=n.image?b.source.imageUrl(e):null;return a&&i.prepend(ft("img",{class:"thumb",src:a,alt:`row ${e}`})),i}function vp(n,e){b.selectionKind=n.length?e:null,e!=="point"&&(b.selected=null,b.neighbors=[]),n.length?ti.select(n,{preventEvent:!0}):ti.deselect({preventEvent:!0}),b.selection=[...ti.get("selectedPoints")],e==="lasso"&&(b.lassoCount=b.selection.length),ts()}var xp=!1;function Gy(){xp=!0}function Vy(){setTimeout(()=>{xp=!1},0)}function Hy({points:n}){if(xp){xp=!1,b.selected=null,b.neighbors=[],b.selectionKind="lasso",b.selection=[...n],b.lassoCount=n.length,ts();return}if(n.length===1){yp(n[0]);return}b.selection=[...n],ts()}function Wy(){b.selected=null,b.neighbors=[],b.selection=[],b.selectionKind=null,b.lassoCount=0,ts()}async function yp(n){b.selected=n,b.neighbors=[],b.selectionKind="point",b.selection=[n],b.neighborsInLayout=b.source.hasNeighbors?.(n)===!1,ts();try{let e=b.neighborsInLayout?zy(b.pos,b.dims,b.n,n,10):await b.source.neighbors(n,10);if(b.selected!==n)return;b.neighbors=e,ti.select([n,...e.map(t=>t.index)],{preventEvent:!0}),b.selection=[...ti.get("selectedPoints")]}catch(e){b.neighbors={error:e.message}}ts()}function ts(){let n=Bt("selection");if(n.textContent="",b.selectionKind==="point"&&b.selected!==null){let t=b.selected;n.append(ft("div",{class:"sel-head"},`point ${t}`,b.color?` \xB7 ${b.color.name} ${Gu(t)}`:""));let i=ft("div",{class:"fields"},"loading\u2026");if(n.append(i),b.source.row(t).then(r=>{b.selected===t&&i.replaceWith(_p(r,t,1/0))}).catch(r=>i.textContent=r.message),b.neighbors.error)n.append(ft("div",{class:"hint"},b.neighbors.error));else if(b.neighbors.length){let r=b.neighborsInLayout?"(nearest in the layout: the export holds no original-space neighbours)":"(embedding space)";n.append(ft("div",{class:"sub",id:"neighbors-space"},`${b.neighbors.length} nearest neighbours ${r}`));let s=ft("table",{class:"neighbors"});s.append(ft("tr",{},ft("th",{},"row"),ft("th",{},b.color?.name??""),ft("th",{},"distance")));for(let{index:a,distance:o}of b.neighbors)s.append(ft("tr",{onclick:()=>(ti.select([a],{preventEvent:!0}),yp(a)),title:"select this row"},ft("td",{},String(a)),ft("td",{},ft("span",{class:"swatch",style:{background:b.palette[b.codes[a]]}})," ",Gu(a)),ft("td",{},Vn(o))));n.append(s)}return}let e=b.selection;if(!e.length){n.append(ft("div",{class:"hint"},Io()?"click a point (the lasso is 2-D only)":"click a point, shift+drag (or long-press and drag) to lasso"));return}n.append(ft("div",{class:"sel-head",id:"selection-count"},`${Vn(e.length)} selected`,b.selectionKind==="lasso"?" (lasso)":b.selectionKind==="search"?" (search)":"")),n.append(OI(e))}function OI(n){let e=b.color;if(!e)return ft("div");if(e.info.kind==="numeric"){let a=1/0,o=-1/0,c=0,l=0;for(let u of n){let f=e.values[u];Number.isFinite(f)&&(a=Math.min(a,f),o=Math.max(o,f),c+=f,l++)}return ft("div",{class:"sub"},l?`${e.name}: mean ${Vn(c/l)}, min ${Vn(a)}, max ${Vn(o)}`:`${e.name}: all missing`)}let t=new Map;for(let a of n){let o=e.values[a];t.set(o,(t.get(o)||0)+1)}let i=[...t].sort((a,o)=>o[1]-a[1]),r=i[0]?.[1]||1,s=ft("div",{class:"hist"});for(let[a,o]of i.slice(0,30))s.append(ft("div",{class:"hist-row"},ft("span",{class:"cls"},String(e.info.classes[a])),ft("span",{class:"bar"},ft("span",{style:{width:`${100*o/r}%`,background:b.palette[a]}})),ft("span",{class:"count"},Vn(o))));return i.length>30&&s.append(ft("div",{class:"hint"},`and ${i.length-30} more classes`)),s}var Xy=0;async function t_(n){let e=++Xy,t;try{t=await b.source.color(n,b.n)}catch(o){Pi(b.status,`colour ${n}: ${o.message}`,"error");return}if(e!==Xy)return;let{info:i,values:r}=t;b.color={name:n,info:i,values:r},b.hidden=new Set;let s=b.codes&&b.codes.length===b.n?b.codes:new Float32Array(b.n);if(i.kind==="categorical"){for(let o=0;o<b.n;o++)s[o]=r[o];b.palette=i.classes.map((o,c)=>zs(Zc(c))),b.palette.length===0&&(b.palette=[zs(Zc(0))])}else{let o=yg(i);for(let l=0;l<b.n;l++){let u=xx(o,r[l]);s[l]=Number.isNaN(u)?jc:Math.round(u*(jc-1))}let c=_x(o);b.palette=[];for(let l=0;l<jc;l++)b.palette.push(zs(c(l/(jc-1))));b.palette.push(zs(pf))}b.codes=s;let a=K0();for(let o=0;o<b.n;o++)a[o][2]=s[o];ti.set({pointColor:b.palette}),UI(),ku(!1),Vu(),ts()}function FI(){let{info:n,values:e}=b.color,t=new Uint32Array(n.classes.length);for(let i=0;i<b.n;i++)t[e[i]]++;return t}var Sp=300;function UI(){let n=Bt("legend");n.textContent="";let{info:e,name:t}=b.color;if(e.kind==="numeric"){let a=yg(e),[o,c,l]=vx(a).map(f=>Vn(f)),u=a.kind==="linear"?"":` (${a.kind})`;n.append(ft("div",{class:"colorbar",style:{background:yx(a)},"data-scale":a.kind}),ft("div",{class:"colorbar-labels"},ft("span",{},o),ft("span",{},c),ft("span",{},l)),ft("div",{class:"colorbar-name"},`${t}${u}`),ft("div",{class:"hint"},ft("span",{class:"swatch",style:{background:zs(pf)}})," missing"));return}let i=FI(),r=e.classes.map((a,o)=>o);r.length>Sp&&(r=r.sort((a,o)=>i[o]-i[a]).slice(0,Sp)),n.append(ft("div",{class:"legend-tools"},ft("button",{type:"button",onclick:()=>e_([])},"show all"),ft("button",{type:"button",onclick:()=>e_(e.classes.map((a,o)=>o))},"hide all"),e.classes.length>Sp?ft("span",{class:"hint"},`${Sp} largest of ${e.classes.length} classes`):null));let s=ft("div",{class:"legend-list"});for(let a of r)s.append(ft("label",{class:"legend-row","data-class":a},ft("input",{type:"checkbox",checked:!b.hidden.has(a),onchange:o=>BI(a,o.target.checked)}),ft("span",{class:"swatch",style:{background:b.palette[a]},"data-color":b.palette[a]}),ft("span",{class:"cls",title:String(e.classes[a])},String(e.classes[a])),ft("span",{class:"count"},Vn(i[a])),ft("button",{type:"button",class:"only",onclick:o=>(o.preventDefault(),e_(e.classes.map((c,l)=>l).filter(c=>c!==a)))},"only")));n.append(s)}function BI(n,e){e?b.hidden.delete(n):b.hidden.add(n),Vu()}function e_(n){b.hidden=new Set(n);for(let e of Bt("legend").querySelectorAll(".legend-row"))e.querySelector("input").checked=!b.hidden.has(Number(e.dataset.class));Vu()}function Vu(){Ry(kI)}function kI(){let n=b.n,e=b.color?.info.kind==="categorical"&&b.hidden.size>0,t=b.range;if(!e&&!t)b.filtered=null,b.visibleCount=n,ti.get("isPointsFiltered")&&ti.unfilter({preventEvent:!0});else{let r=new Uint8Array(n),s=[],a=b.color?.values,o=new Uint8Array(b.color?.info.classes?.length||0);for(let c of b.hidden)o[c]=1;for(let c=0;c<n;c++)if(!(e&&o[a[c]])){if(t){let l=t.values[c];if(!(l>=t.lo&&l<=t.hi))continue}r[c]=1,s.push(c)}b.filtered=r,b.visibleCount=s.length,ti.filter(s,{preventEvent:!0})}Bt("filter-count").textContent=b.visibleCount===n?`all ${Vn(n)} points shown`:`${Vn(b.visibleCount)} of ${Vn(n)} points shown`;let i=ti.get("selectedPoints");i.length!==b.selection.length&&(b.selection=[...i],b.selectionKind==="lasso"&&(b.lassoCount=b.selection.length),ts())}function $y(){let n=b.meta.columns.filter(s=>s.kind==="numeric"&&b.source.colorNames(b.meta).includes(s.name)),e=Bt("range-col");e.append(ft("option",{value:""},"(no range filter)"),...n.map(s=>ft("option",{value:s.name},s.name)));let t=Bt("range-lo"),i=Bt("range-hi"),r=async()=>{let s=e.value;if(!s){b.range=null,t.value=i.value="",t.disabled=i.disabled=!0,Vu();return}let{info:a,values:o}=await b.source.color(s,b.n);(!b.range||b.range.name!==s)&&(t.value=Vn(a.min,6).replace(/,/g,""),i.value=Vn(a.max,6).replace(/,/g,""),t.min=i.min=a.min,t.max=i.max=a.max,t.step=i.step="any"),t.disabled=i.disabled=!1;let c=t.value===""?-1/0:Number(t.value),l=i.value===""?1/0:Number(i.value);b.range={name:s,lo:c,hi:l,values:o},Vu()};e.addEventListener("change",()=>{b.range=null,r()}),t.addEventListener("change",r),i.addEventListener("change",r),Bt("range-clear").addEventListener("click",()=>{e.value="",r()}),t.disabled=i.disabled=!0}function Yy(){let n=b.meta,e=n.embedding||{};b.embedding={kind:e.kind,columns:[...e.columns||[]]};let t=n.embeddable?.vector||[],i=n.embeddable?.numeric||[],r=Bt("embedding");r.textContent="";let s=Bt("embedding-current"),a=()=>{let m=b.embedding;s.textContent=m.kind==="vector"?`the vector column ${m.columns[0]}`:`${m.columns.length} numeric columns: ${m.columns.length>6?`${m.columns.slice(0,3).join(", ")} \u2026 ${m.columns.at(-1)}`:m.columns.join(", ")}`,s.title=m.columns.join(", ")};if(a(),b.showEmbedding=a,b.source.static)return;let o=ft("select",{id:"emb-kind"});t.length&&o.append(ft("option",{value:"vector"},"a vector column")),i.length&&o.append(ft("option",{value:"numeric"},"numeric columns")),o.value=e.kind==="vector"&&t.length?"vector":i.length?"numeric":"vector";let c=ft("select",{id:"emb-vector"},...t.map(m=>ft("option",{value:m},m)));e.kind==="vector"&&(c.value=e.columns?.[0]);let l=new Set(e.kind==="numeric"?e.columns:i),u=ft("div",{class:"emb-list"}),f=ft("span",{class:"hint"}),h=()=>f.textContent=`${l.size} of ${i.length} ticked`;for(let m of i)u.append(ft("label",{},ft("input",{type:"checkbox",checked:l.has(m),value:m,onchange:g=>(g.target.checked?l.add(m):l.delete(m),h())}),m));let p=m=>{for(let g of u.querySelectorAll("input"))g.checked=m,m?l.add(g.value):l.delete(g.value);h()},x=ft("div",{},ft("div",{class:"legend-tools"},ft("button",{type:"button",onclick:()=>p(!0)},"all"),ft("button",{type:"button",onclick:()=>p(!1)},"none"),f),u),y=()=>{c.hidden=o.value!=="vector",x.hidden=o.value!=="numeric"};o.addEventListener("change",y),y(),h(),r.append(ft("div",{class:"row"},"next run uses ",o),c,x),b.embeddingChoice=()=>o.value==="vector"?c.value?{kind:"vector",columns:[c.value]}:null:{kind:"numeric",columns:i.filter(m=>l.has(m))}}var Hu={};function qy(){let n=b.meta,e=Bt("algo");for(let t of n.algos||[])e.append(ft("option",{value:t.id},t.name));e.value=n.algo||n.algos?.[0]?.id;for(let[t,i]of Object.entries(n.params||{})){Hu[t]={};for(let r of i){let s=n.values?.[t]?.[r.name];Hu[t][r.name]=s==null?String(r.default):String(s)}}e.addEventListener("change",n_),n_(),Bt("defaults").addEventListener("click",()=>{for(let[t,i]of Object.entries(n.params||{}))for(let r of i)Hu[t][r.name]=String(r.default);n_()})}function Zy(n){let e={},t=null;for(let i of jy(n)){e[i]={};for(let r of b.meta.params[i]){let s=Hu[i][r.name],a=Ky(r,s);a&&(t=t||`${i}.${r.name}: ${a}`),e[i][r.name]=s.trim()}}return{params:e,bad:t}}function jy(n){let e=b.meta.params||{},t=["layout"];return n!=="pca"&&t.push("preprocess"),e[n]&&t.push(n),t.filter(i=>e[i])}function Ky(n,e){if(n.type==="choice")return n.values?.includes(e)?null:"choose a value";if(n.auto!=null&&e==="auto")return null;let t=e.trim();if(t==="")return"a value is needed";let i=Number(t);return Number.isFinite(i)?n.type==="int"&&!/^[-+]?\d+$/.test(t)?"a whole number is needed":n.min!=null&&(n.min_exclusive?i<=n.min:i<n.min)?`must be ${n.min_exclusive?">":"\u2265"} ${n.min}`:n.max!=null&&i>n.max?`must be \u2264 ${n.max}`:null:"not a number"}function n_(){let n=Bt("algo").value,e=Bt("params");e.textContent="";for(let t of jy(n)){let i=ft("fieldset",{},ft("legend",{},t==="layout"?"layout":t==="preprocess"?"preprocess":b.meta.algos.find(r=>r.id===t)?.name??t));for(let r of b.meta.params[t])i.append(zI(t,r));e.append(i)}}function zI(n,e){let t=Hu[n],i=`p-${n}-${e.name}`,r=ft("div",{class:"param",title:e.doc||""}),s=ft("div",{class:"param-error"}),a=()=>{let l=Ky(e,t[e.name]);s.textContent=l||"",r.classList.toggle("invalid",!!l)};r.append(ft("label",{for:i},e.name.replace(/_/g," ")));let o,c=e.type==="int"&&e.min!=null&&e.max!=null&&e.max-e.min<=4;if(e.type==="choice"||c){let l=e.type==="choice"?e.values:Array.from({length:e.max-e.min+1},(u,f)=>String(e.min+f));o=ft("select",{id:i,"data-param":`${n}.${e.name}`},...l.map(u=>ft("option",{value:u},u))),o.value=t[e.name],o.addEventListener("change",()=>(t[e.name]=o.value,a())),r.append(o)}else{let l=e.auto!=null&&t[e.name]==="auto";if(o=ft("input",{id:i,type:"number",step:e.type==="int"?"1":"any","data-param":`${n}.${e.name}`,placeholder:e.default==="auto"?"":String(e.default)}),e.min!=null&&(o.min=String(e.min)),e.max!=null&&(o.max=String(e.max)),o.value=l?"":t[e.name],o.disabled=l,o.addEventListener("input",()=>(t[e.name]=o.value,a())),r.append(o),e.auto!=null){let u=ft("input",{type:"checkbox",checked:l,"data-auto":`${n}.${e.name}`});u.addEventListener("change",()=>{o.disabled=u.checked,u.checked?t[e.name]="auto":(t[e.name]=o.value||"",o.focus()),a()}),r.append(ft("label",{class:"auto",title:e.auto},u,"auto"))}}return r.append(ft("div",{class:"param-default"},`default ${e.default}${e.auto?` (${e.auto})`:""}`),s),a(),r}var Xa=null;function Jy(){if(Yy(),b.source.static){Bt("sec-run").hidden=!0;return}qy(),Bt("run").addEventListener("click",VI),Bt("stop").addEventListener("click",()=>Xa?.readyState===WebSocket.OPEN&&Xa.send(JSON.stringify({type:"stop"})))}function GI(){return new Promise((n,e)=>{if(Xa&&Xa.readyState===WebSocket.OPEN)return n(Xa);let t=new WebSocket(`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws/run`);t.binaryType="arraybuffer",t.onopen=()=>{Xa=t,n(t)},t.onerror=()=>e(new Error("cannot open the run connection")),t.onclose=()=>{Xa===t&&(Xa=null),b.running&&(i_(),Pi("error","the run connection closed","error"))},t.onmessage=i=>HI(i.data)})}async function VI(){let n=Bt("algo").value,{params:e,bad:t}=Zy(n);if(t){Pi(b.status,`cannot run: ${t}`,"error"),Bt("run-error").textContent=`cannot run: ${t}`;return}let i={type:"run",algo:n,params:e},r=b.embeddingChoice?.();if(r){if(!r.columns.length){Pi(b.status,"cannot run: tick at least one embedding column","error"),Bt("run-error").textContent="cannot run: tick at least one embedding column";return}r.kind===b.embedding.kind&&r.columns.length===b.embedding.columns.length&&r.columns.every((o,c)=>o===b.embedding.columns[c])||(i.embedding=r.columns)}let s;try{s=await GI()}catch(a){Pi("error",a.message,"error"),Bt("run-error").textContent=a.message;return}Bt("run-error").textContent="",b.running=!0,b.runAlgo=n,b.runEmbedding=r,b.runDims=Number(e.layout?.dims)||b.dims,b.frames=0,b.firstFrameMs=null,b.quality=null,b.loss=null,b.runStartedAt=performance.now(),Bt("quality").textContent="",Bt("loss").textContent="",Bt("run-error").textContent="",Bt("run").disabled=!0,Bt("stop").disabled=!1,Pi("running",`${dp(n)}: starting\u2026`),Js("starting",0,0),s.send(JSON.stringify(i))}function i_(){b.running=!1,Bt("run").disabled=!1,Bt("stop").disabled=!0,Js(null)}function HI(n){if(typeof n!="string"){WI(n);return}let e;try{e=JSON.parse(n)}catch{return}let t=dp(b.runAlgo);switch(e.type){case"queued":Pi("queued",`${t}: queued, ${e.ahead} run${e.ahead===1?"":"s"} ahead`),Js(`queued (${e.ahead} ahead)`,0,0);break;case"progress":Pi("running",`${t}: running`),Js(e.stage,e.done,e.total);break;case"loss":b.loss={name:e.name,value:e.value,iteration:e.iteration},Bt("loss").textContent=`${e.name} ${Vn(e.value)} at iteration ${Vn(e.iteration)}`;break;case"done":{i_();let i=((performance.now()-b.runStartedAt)/1e3).toFixed(1);if(e.completed){b.quality=e.quality||null,Pi("done",`${t}: done, ${Vn(e.iterations)} iteration${e.iterations===1?"":"s"} in ${i} s`,"ok");let r=e.quality||{};Bt("quality").textContent=`trustworthiness ${Vn(r.trustworthiness)} \xB7 k-NN accuracy ${r.knn_accuracy==null?"n/a (no classes)":Vn(r.knn_accuracy)}`}else Pi("stopped",`${t}: stopped at iteration ${Vn(e.iterations)}`);b.frames>0&&(ku(!0),b.layout=b.runAlgo,b.runEmbedding&&(b.embedding=b.runEmbedding),b.showEmbedding?.(),Po()),XI();break}case"error":i_(),Pi("error",`${t}: ${e.message}`,"error"),Bt("run-error").textContent=e.message;break;default:}}function WI(n){if(n.byteLength<8)return;let e=new DataView(n,0,8),t=e.getUint32(0,!0),i=e.getUint32(4,!0),r=(n.byteLength-8)/4;if(t<1||r!==b.n*t){console.warn(`frame of ${r} values for ${b.n} \xD7 ${t}`);return}b.frames++,b.firstFrameMs===null&&(b.firstFrameMs=performance.now()-b.runStartedAt),b.iteration=i,J0(new Float32Array(n,8,r),t,!0),(t!==b.dims||b.layout!==b.runAlgo)&&(b.layout=b.runAlgo),Po()}async function XI(){try{let n=await b.source.status();b.version=n.version}catch{}}async function Qy(){if(!b.source.static){for(;;)if(await Kc(2e3),!b.running)try{let n=await b.source.status();n.state==="ready"&&n.version!==b.version&&!b.running&&(b.version=n.version,b.layout=n.layout??b.layout,await gp())}catch{}}}function eS(){let n=Bt("search"),e=0,t=0,i=async()=>{let r=n.value.trim(),s=++t;if(!r){Bt("search-count").textContent="",b.selectionKind==="search"&&ti.deselect();return}let a;try{a=await b.source.search(r)}catch(c){Bt("search-count").textContent=c.message;return}if(s!==t)return;let o=b.filtered?Array.from(a).filter(c=>b.filtered[c]):Array.from(a);Bt("search-count").textContent=`${Vn(a.length)} match${a.length===1?"":"es"}${o.length!==a.length?` (${Vn(o.length)} shown)`:""}`,vp(o,"search")};n.addEventListener("input",()=>{clearTimeout(e),e=setTimeout(i,250)}),n.addEventListener("keydown",r=>{r.key==="Enter"&&(clearTimeout(e),i())})}function nS(n,e){let i=new DataView(n).getUint32(0,!0),r=JSON.parse(new TextDecoder().decode(new Uint8Array(n,4,i))),s=4+Math.ceil(i/4)*4,a=e??(n.byteLength-s)/4,o=r.kind==="categorical"?new Uint32Array(n,s,a):new Float32Array(n,s,a);return{info:r,values:o}}function tS(n){let e=atob(n),t=new Uint8Array(e.length);for(let i=0;i<e.length;i++)t[i]=e.charCodeAt(i);return t.buffer}var bp=class extends Error{constructor(e,t){super(t),this.status=e}};async function Do(n){if(!n.ok){let e="";try{e=(await n.text()).slice(0,300)}catch{}throw new bp(n.status,`${n.url.replace(location.origin,"")}: ${n.status} ${e||n.statusText}`)}return n}var Mp=class{constructor(){this.static=!1,this.rows=new Map,this.nbrs=new Map}async meta(){return(await Do(await fetch("/api/meta"))).json()}async status(){return(await Do(await fetch("/api/status",{cache:"no-store"}))).json()}async positions(){let e=await Do(await fetch("/api/positions",{cache:"no-store"}));return{dims:Number(e.headers.get("X-Dims"))||2,data:new Float32Array(await e.arrayBuffer())}}async color(e,t){let i=await Do(await fetch(`/api/color?name=${encodeURIComponent(e)}`));return nS(await i.arrayBuffer(),t)}colorNames(e){return e.columns.filter(t=>t.kind==="categorical"||t.kind==="numeric").map(t=>t.name)}async search(e){let t=await Do(await fetch(`/api/search?q=${encodeURIComponent(e)}`));return new Uint32Array(await t.arrayBuffer())}row(e){if(!this.rows.has(e)){let t=fetch(`/api/row/${e}`).then(Do).then(i=>i.json());t.catch(()=>this.rows.delete(e)),this.rows.set(e,t)}return this.rows.get(e)}imageUrl(e){return`/api/image/${e}`}neighbors(e,t=10){let i=`${e}:${t}`;if(!this.nbrs.has(i)){let r=fetch(`/api/neighbors/${e}?k=${t}`).then(Do).then(s=>s.json());r.catch(()=>this.nbrs.delete(i)),this.nbrs.set(i,r)}return this.nbrs.get(i)}},Ep=class{constructor(e){this.static=!0,this.data=e,this.data.meta.static=!0,this.colorCache=new Map}async meta(){return this.data.meta}async status(){return{state:"ready",stage:"",done:1,total:1,layout:this.data.meta.algo,dims:this.data.dims,version:0}}async positions(){return{dims:this.data.dims||2,data:new Float32Array(tS(this.data.positions))}}async color(e,t){if(!this.colorCache.has(e)){let i=this.data.colors?.[e];if(!i)throw new bp(404,`colour column ${e} is not in this export`);this.colorCache.set(e,nS(tS(i),t))}return this.colorCache.get(e)}colorNames(){return Object.keys(this.data.colors||{})}async search(e){let t=e.toLowerCase(),i=new Set;for(let s of this.colorNames()){let{info:a,values:o}=await this.color(s,this.data.meta.rows);if(a.kind!=="categorical")continue;let c=new Uint8Array(a.classes.length),l=!1;if(a.classes.forEach((u,f)=>{String(u).toLowerCase().includes(t)&&(c[f]=1,l=!0)}),!!l)for(let u=0;u<o.length;u++)c[o[u]]&&i.add(u)}let r=new Set(this.data.meta.searchable||[]);for(let[s,a]of Object.entries(this.data.rows||{}))for(let[o,c]of a.fields)r.has(o)&&String(c).toLowerCase().includes(t)&&i.add(Number(s));return Uint32Array.from([...i].sort((s,a)=>s-a))}row(e){let t=this.data.rows?.[e];return t?Promise.resolve(t):Promise.reject(new Error("this row is not in the export"))}imageUrl(e){return this.data.images?.[e]??null}hasNeighbors(e){return!!this.data.neighbors?.[e]}neighbors(e){let t=this.data.neighbors?.[e];return t?Promise.resolve(t):Promise.reject(new Error("neighbours of this row are not in the export"))}};var Ap=[0,0];function r_(n){b.hovered=n;let e=Bt("tooltip");e.textContent="",e.append(ft("div",{class:"tip-head"},`row ${n}`,b.color?` \xB7 ${Gu(n)}`:"")),e.hidden=!1,Tp(),b.source.row(n).then(t=>{if(b.hovered!==n)return;let i=_p(t,n,b.rowFieldsShown),r=i.querySelector("img");r&&(r.id="tooltip-img",r.addEventListener("load",Tp)),e.append(i),Tp()}).catch(t=>{b.hovered===n&&e.append(ft("div",{class:"hint"},t.message))})}function wp(){b.hovered=null,Bt("tooltip").hidden=!0}function iS(n){Ap=[n.clientX,n.clientY],Tp()}function Tp(){let n=Bt("tooltip");if(n.hidden)return;let e=Bt("plot").getBoundingClientRect(),t=n.offsetWidth,i=n.offsetHeight,r=Ap[0]-e.left+16,s=Ap[1]-e.top+16;r+t>e.width&&(r=Math.max(0,Ap[0]-e.left-t-16)),s+i>e.height&&(s=Math.max(0,e.height-i-4)),n.style.left=`${r}px`,n.style.top=`${s}px`}function $I(){return!!document.createElement("canvas").getContext("webgl")}function YI(){let n=wy();n.subscribe("pointover",r_),n.subscribe("pointout",wp),n.subscribe("select",Hy),n.subscribe("deselect",Wy),n.subscribe("lassoStart",Gy),n.subscribe("lassoEnd",Vy),Sy({over:r_,out:wp,click:t=>t===null?vp([],"click"):yp(t)});let e=Bt("plot");e.addEventListener("mousemove",iS),e.addEventListener("mouseleave",wp)}async function qI(){for(;;){let n;try{n=await b.source.status()}catch(e){Pi("error",e.message,"error"),await Kc(1e3);continue}if(n.state==="ready"){b.version=n.version,b.layout=n.layout??b.meta.algo,b.dims=n.dims||b.dims,Js(null);return}if(n.state==="failed")throw Js(null),new Error(`the initial layout failed: ${n.error||"unknown error"}`);Pi("loading",`computing the initial layout: ${n.stage||""}`),Js(n.stage||"starting",n.done||0,n.total||0),await Kc(300)}}async function ZI(){let n=document.getElementById("projector-data"),e=n?JSON.parse(n.textContent):null;if(b.source=e?new Ep(e):new Mp,window.projector.static=b.source.static,!$I()){Pi("error","this browser made no WebGL context: the plot cannot be drawn","error"),window.projector.error="no WebGL",Du(!1);return}b.meta=await b.source.meta(),b.n=b.meta.rows,window.projector.n=b.n,b.layout=b.meta.algo,b.dims=b.meta.dims||2,b.codes=new Float32Array(b.n),Po(),b.meta.omitted&&(Bt("omitted").textContent=`This export left out: ${b.meta.omitted}`),e?.omitted&&(Bt("omitted").textContent=`This export left out: ${e.omitted}`),YI();let t=Bt("color-by"),i=b.source.colorNames(b.meta);t.append(...i.map(a=>ft("option",{value:a},`${a} (${b.meta.columns.find(o=>o.name===a)?.kind??""})`))),t.addEventListener("change",()=>t_(t.value)),$y(),Ly(),eS(),Jy(),Bt("export-png").addEventListener("click",Fy),Bt("export-csv").addEventListener("click",By),ts(),Pi("loading","computing the initial layout\u2026"),await qI();let r=b.meta.color&&i.includes(b.meta.color)?b.meta.color:i[0],s=r?(t.value=r,t_(r)):Promise.resolve();await Promise.all([gp(),s]),Pi("ready",`${Vn(b.n)} points${b.source.static?" (exported page)":""}`,"ok"),Qy()}function rS(){ZI().catch(n=>{console.error(n),Pi("error",n.message||String(n),"error"),Du(!1)})}ky();document.readyState==="loading"?document.addEventListener("DOMContentLoaded",rS):rS();})();
/*! Bundled license information:

regl-scatterplot/dist/regl-scatterplot.esm.js:
  (**
   * KDBush - A fast static index for 2D points
   * @license ISC License
   * @copyright Vladimir Agafonkin 2018
   * @version 4.0.2
   * @see https://github.com/mourner/kdbush/
   *)
  (**
   * Douglas Peucker square segment distance
   * Implementation from https://github.com/mourner/simplify-js
   * @author Vladimir Agafonkin
   * @copyright Vladimir Agafonkin 2013
   * @license BSD
   * @param {array} p - Point
   * @param {array} p1 - First boundary point
   * @param {array} p2 - Second boundary point
   * @return {number} Distance
   *)
  (**
   * Douglas Peucker step function
   * Implementation from https://github.com/mourner/simplify-js
   * @author Vladimir Agafonkin
   * @copyright Vladimir Agafonkin 2013
   * @license BSD
   * @param   {[type]}  points  [description]
   * @param   {[type]}  first  [description]
   * @param   {[type]}  last  [description]
   * @param   {[type]}  tolerance  [description]
   * @param   {[type]}  simplified  [description]
   * @return  {[type]}  [description]
   *)
  (**
   * Douglas Peucker. Implementation from https://github.com/mourner/simplify-js
   * @author Vladimir Agafonkin
   * @copyright Vladimir Agafonkin 2013
   * @license BSD
   * @param {array} points - List of points to be simplified
   * @param {number} tolerance - Tolerance level. Points below this distance level will be ignored
   * @return {array} Simplified point list
   *)

three/build/three.core.js:
three/build/three.module.js:
  (**
   * @license
   * Copyright 2010-2026 Three.js Authors
   * SPDX-License-Identifier: MIT
   *)

regl-scatterplot/src/kdbush-class.js:
  (**
   * KDBush - A fast static index for 2D points
   * @license ISC License
   * @copyright Vladimir Agafonkin 2018
   * @version 4.0.2
   * @see https://github.com/mourner/kdbush/
   *)
*/
