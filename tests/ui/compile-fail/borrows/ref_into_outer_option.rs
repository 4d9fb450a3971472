//@ compile-fail
// A reference stored into an Option declared outside the block.
fn main() {
    let mut best: Option<&String> = None;
    {
        let s = String::from("x");
        best = Some(&s); //~ ERROR E0597
    }
    println!("{:?}", best);
}
