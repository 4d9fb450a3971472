//@ compile-fail
// `break` with a value inside a `for` loop, which only `loop` allows.
fn main() {
    let nums = [4, 9, 16];
    let found = for n in nums {
        if n > 5 {
            break n; //~ ERROR E0571
        }
    };
    println!("{:?}", found);
}
