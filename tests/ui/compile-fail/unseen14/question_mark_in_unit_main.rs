//@ compile-fail
// Using ? in a main that returns () (E0277)
fn main() {
    let input = "42";
    let n: i32 = input.parse()?; //~ ERROR E0277
    println!("{}", n * 2);
}
