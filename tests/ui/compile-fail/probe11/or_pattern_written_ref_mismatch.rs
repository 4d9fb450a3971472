// An or-pattern binding `x` by default mode in one alternative and with `ref` in another: E0409 even though both are `&i32`.
//@ compile-fail
fn main() {
    let p = (1, 2);
    match &p {
        (x, 0) | &(0, ref x) => println!("{}", x), //~ ERROR E0409
        _ => {}
    }
}
