//@ compile-fail
// `break` with a value inside a `for` loop.
fn main() {
    let v = vec![3, 8, 5];
    let big = for x in &v {
        if *x > 4 {
            break *x; //~ ERROR E0571
        }
    };
    println!("{:?}", big);
}
