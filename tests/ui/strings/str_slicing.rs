// &str slicing by byte ranges, get() returning None off a char boundary.
fn main() {
    let hello = "Здравствуйте";
    let s = &hello[0..4];
    println!("{s}");
    let t = "hello world";
    println!("{} {} {}", &t[..5], &t[6..], &t[2..=4]);
    println!("{:?}", hello.get(0..1));
    println!("{:?}", hello.get(0..2));
    println!("{}", hello.is_char_boundary(3));
    let owned = String::from("ownership");
    let part: &str = &owned[3..];
    println!("{part}");
}
