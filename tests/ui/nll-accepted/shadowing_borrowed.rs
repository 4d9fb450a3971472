// Shadowing a name does not end the original value's borrow, but nothing conflicts here.
fn main() {
    let s = String::from("data");
    let r = &s;
    let s = s.len();
    println!("{} {}", r, s);
    let v = vec![1, 2];
    let v = v.iter().map(|x| x * 2).collect::<Vec<_>>();
    println!("{:?}", v);
    println!("{}", r.to_uppercase());
}
