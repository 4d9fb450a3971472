//@ compile-fail
// Using a variable declared inside an if block after the block.
fn main() {
    let n = 7;
    if n > 5 {
        let big = true;
        println!("{}", big);
    }
    println!("{}", big); //~ ERROR E0425
}
