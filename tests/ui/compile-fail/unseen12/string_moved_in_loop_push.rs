//@ compile-fail
// A label String is pushed into a Vec inside a loop, moving it on the first iteration.
fn main() {
    let label = String::from("item");
    let mut all = Vec::new();
    for i in 0..3 {
        all.push(label); //~ ERROR E0382
        println!("{}", i);
    }
    println!("{:?}", all);
}
