// Vec<String> and Vec<&str>, String + &str and format!.
fn main() {
    let mut v: Vec<String> = Vec::new();
    v.push("a".to_string());
    let mut w: Vec<&str> = Vec::new();
    w.push(&v[0]);
    let a = String::from("a");
    let b = String::from("b");
    let c = a + &b;
    let d = format!("{}{}", "x", "y");
    println!("{:?} {:?} {} {}", v, w, c, d);
}
