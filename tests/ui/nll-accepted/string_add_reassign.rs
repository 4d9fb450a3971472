// `s = s + ".."` moves s into `+` and assigns the result back.
fn main() {
    let mut s = String::from("a");
    for i in 0..3 {
        s = s + &i.to_string();
    }
    println!("{}", s);
    let copy = s.clone();
    s += &copy;
    println!("{}", s);
    let t = s + "!";
    println!("{}", t);
}
