//@ compile-fail
// A width taken from an argument (`{:1$}`) must be a usize
fn main() {
    let x = 2.5;
    let w = 8;
    println!("[{:>1$}]", "ab", w);
    println!("[{:^1$}]", "ab", x); //~ ERROR E0308
}
