//@ compile-fail
// A vector keeps references to a String created in each loop iteration.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let s = i.to_string();
        refs.push(&s); //~ ERROR E0597
    }
    println!("{}", refs.len());
}
