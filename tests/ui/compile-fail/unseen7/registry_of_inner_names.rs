//@ compile-fail
// References to Strings created inside a loop body are pushed into a Vec that outlives them.
fn main() {
    let mut registry: Vec<&String> = Vec::new();
    for i in 0..3 {
        let name = format!("service-{}", i);
        registry.push(&name); //~ ERROR E0597
    }
    println!("{:?}", registry);
}
