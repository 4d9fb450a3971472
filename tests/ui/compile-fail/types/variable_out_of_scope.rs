//@ compile-fail
// A variable declared inside a block does not exist after it.
fn main() {
    {
        let inner = 5;
        println!("{}", inner);
    }
    println!("{}", inner); //~ ERROR E0425
}
