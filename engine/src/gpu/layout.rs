//! Rust structs that mirror WGSL structs, checked against naga's layout of their twin.
//!
//! A uniform's bytes are written by Rust (`#[repr(C)]`, `bytemuck`) and read by WGSL, so the two
//! declarations must agree field by field. [`wgsl_struct!`](crate::wgsl_struct) declares such a
//! struct next to the name of its twin (shader module and struct name) and generates a test that
//! compares them with the layout `projector_shaders` reflected at build time: the same field
//! names in the same order, each at the same offset with the same size, and the same total size.
//! Reordering, renaming, adding or resizing a field on one side only fails that test.
//!
//! ```
//! projector_engine::wgsl_struct! {
//!     /// Uniforms of `fill.wgsl`.
//!     #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
//!     pub struct FillParams: fill::Params {
//!         pub n: u32,
//!         pub value: f32,
//!         pub _pad0: u32,
//!         pub _pad1: u32,
//!     }
//! }
//! use projector_engine::gpu::layout::{check, WgslStruct};
//! assert_eq!(FillParams::FIELDS.len(), 4);
//! check::<FillParams>().unwrap();
//! ```

use projector_shaders::Shader;

/// A `#[repr(C)]` struct that mirrors a WGSL struct (declare it with
/// [`wgsl_struct!`](crate::wgsl_struct)).
pub trait WgslStruct: bytemuck::Pod {
    /// The shader module that declares the twin.
    const SHADER: &'static Shader;
    /// The twin's name in WGSL.
    const NAME: &'static str;
    /// Each field's name, offset and size, in declaration order.
    const FIELDS: &'static [(&'static str, usize, usize)];
}

/// Compares `T` with its WGSL twin; the error lists every difference.
pub fn check<T: WgslStruct>() -> Result<(), String> {
    let rust = std::any::type_name::<T>();
    let Some(twin) = T::SHADER.struct_layout(T::NAME) else {
        return Err(format!(
            "{rust}: {} declares no struct {}",
            T::SHADER.file,
            T::NAME
        ));
    };
    let mut diffs = Vec::new();
    if std::mem::size_of::<T>() != twin.size as usize {
        diffs.push(format!(
            "size {} in Rust, {} in WGSL",
            std::mem::size_of::<T>(),
            twin.size
        ));
    }
    let rust_names: Vec<&str> = T::FIELDS.iter().map(|f| f.0).collect();
    let wgsl_names: Vec<&str> = twin.fields.iter().map(|f| f.name).collect();
    if rust_names != wgsl_names {
        diffs.push(format!(
            "fields {rust_names:?} in Rust, {wgsl_names:?} in WGSL"
        ));
    }
    for (&(name, offset, size), w) in T::FIELDS.iter().zip(twin.fields) {
        if w.name == name && (w.offset as usize != offset || w.size as usize != size) {
            diffs.push(format!(
                "{name}: offset {offset} size {size} in Rust, offset {} size {} in WGSL",
                w.offset, w.size
            ));
        }
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{rust} and struct {} of {} differ: {}",
            T::NAME,
            T::SHADER.file,
            diffs.join("; ")
        ))
    }
}

/// Declares a `#[repr(C)]` struct mirroring WGSL struct `Name` of shader module `module`
/// (`struct Rust: module::Name { … }`), implements [`WgslStruct`] for it, and, with
/// `test name` after the twin, a unit test of that name that fails when the two disagree.
#[macro_export]
macro_rules! wgsl_struct {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident : $module:ident :: $twin:ident $(, test $test:ident)? {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[repr(C)]
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty ),*
        }

        impl $crate::gpu::layout::WgslStruct for $name {
            const SHADER: &'static $crate::shaders::Shader = &$crate::shaders::$module::SHADER;
            const NAME: &'static str = stringify!($twin);
            const FIELDS: &'static [(&'static str, usize, usize)] = &[
                $( (
                    stringify!($field),
                    ::core::mem::offset_of!($name, $field),
                    ::core::mem::size_of::<$ty>(),
                ) ),*
            ];
        }

        $(
            #[cfg(test)]
            #[test]
            fn $test() {
                if let Err(e) = $crate::gpu::layout::check::<$name>() {
                    panic!("{e}");
                }
            }
        )?
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::wgsl_struct! {
        #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
        struct Swapped: fill::Params {
            value: f32,
            n: u32,
            _pad0: u32,
            _pad1: u32,
        }
    }

    crate::wgsl_struct! {
        #[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
        struct Short: fill::Params {
            n: u32,
            value: f32,
        }
    }

    #[test]
    fn a_reordered_or_missing_field_is_reported() {
        let e = check::<Swapped>().unwrap_err();
        assert!(
            e.contains("fields [\"value\", \"n\", \"_pad0\", \"_pad1\"]"),
            "{e}"
        );
        let e = check::<Short>().unwrap_err();
        assert!(e.contains("size 8 in Rust, 16 in WGSL"), "{e}");
    }
}
