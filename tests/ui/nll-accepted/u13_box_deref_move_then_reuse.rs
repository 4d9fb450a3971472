// A value is moved out of a Box and the variable is then given a new Box.
fn main() {
    let mut b = Box::new(String::from("premier"));
    let inner = *b;
    println!("{}", inner);
    b = Box::new(String::from("second"));
    println!("{}", b);
}
