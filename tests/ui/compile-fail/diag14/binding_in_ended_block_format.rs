//@ compile-fail
// The same in an inline format argument, next to a pattern binding that gets no such help.
fn main() {
    {
        let total = 10;
        println!("{total}");
    }
    for idx in 0..2 {
        println!("{idx}");
    }
    println!("{total}"); //~ ERROR E0425
    println!("{}", idx); //~ ERROR E0425
}
