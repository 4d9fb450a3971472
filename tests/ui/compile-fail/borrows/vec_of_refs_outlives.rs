//@ compile-fail
// Pushing references to loop-local Strings into an outer Vec.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let s = format!("item{}", i);
        refs.push(&s); //~ ERROR E0597
    }
    println!("{}", refs.len());
}
