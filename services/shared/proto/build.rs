//! Compiles `proto/seizure/v1/*.proto` with protox (pure Rust), so no system `protoc` is needed.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = "../../../proto";
    println!("cargo:rerun-if-changed={root}");
    let files = [
        "seizure/v1/bulletin.proto",
        "seizure/v1/event.proto",
        "seizure/v1/digest.proto",
        "seizure/v1/stats.proto",
        "seizure/v1/dead_letter.proto",
        "seizure/v1/correction.proto",
    ];
    let descriptors = protox::compile(files, [root])?;
    prost_build::Config::new().compile_fds(descriptors)?;
    Ok(())
}
