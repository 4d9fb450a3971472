//@ compile-fail
// The else block of `let ... else` cannot use the pattern's bindings.
fn main() {
    let o: Option<u32> = None;
    let Some(x) = o else {
        println!("{x}"); //~ ERROR E0425
        return;
    };
    println!("{x}");
}
