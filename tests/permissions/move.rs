// A String moved into another variable: the source loses every permission.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{}", t);
}
