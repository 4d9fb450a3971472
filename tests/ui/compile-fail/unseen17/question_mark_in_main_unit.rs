//@ compile-fail
// `?` on parse::<i32>() inside a `main` returning (), as an exception would propagate in Python.
fn main() {
    let input = "42";
    let n = input.trim().parse::<i32>()?; //~ ERROR E0277
    println!("{}", n * 2);
}
