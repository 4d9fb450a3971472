//@ compile-fail
// `while let Some(top) = stack.last()` then pushing while `top` is used.
fn main() {
    let mut stack = vec![1];
    while let Some(top) = stack.last() {
        if *top > 3 { break; }
        stack.push(*top + 1); //~ ERROR E0502
        println!("{}", top);
    }
}
