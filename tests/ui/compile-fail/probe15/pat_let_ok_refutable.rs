//@ compile-fail
// `let Ok(v) = res;` with an error type that is inhabited (E0005).
fn main() {
    let res: Result<i32, String> = Ok(1);
    let Ok(v) = res; //~ ERROR E0005
    println!("{}", v);
}
