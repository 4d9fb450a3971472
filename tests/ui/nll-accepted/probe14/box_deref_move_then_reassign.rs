// Moving out of a Box and reassigning it.
fn main() {
    let mut b = Box::new(String::from("boxed"));
    let s = *b;
    b = Box::new(s.clone() + "!");
    println!("{} {}", s, b);
}
