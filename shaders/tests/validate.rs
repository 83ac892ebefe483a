//! Parses and validates every WGSL file with naga (all capabilities the engine may enable).

#[test]
fn every_shader_is_valid_wgsl() {
    assert!(
        !projector_shaders::ALL.is_empty(),
        "no shader found in shaders/wgsl"
    );
    let mut failures = Vec::new();
    for (name, source) in projector_shaders::ALL {
        let module = match naga::front::wgsl::parse_str(source) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{name}: {}", e.emit_to_string(source)));
                continue;
            }
        };
        let mut validator = naga::valid::Validator::new(
            naga::valid::ValidationFlags::all(),
            naga::valid::Capabilities::all(),
        );
        if let Err(e) = validator.validate(&module) {
            failures.push(format!("{name}: {}", e.emit_to_string(source)));
        }
    }
    assert!(
        failures.is_empty(),
        "invalid shaders:\n{}",
        failures.join("\n")
    );
}
