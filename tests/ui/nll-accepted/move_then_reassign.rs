// Moving out of a variable and re-assigning it makes it usable again.
fn main() {
    let mut s = String::from("first");
    let t = s;
    s = String::from("second");
    println!("{} {}", t, s);
    let mut v = vec![1];
    let w = v;
    v = vec![2, 3];
    println!("{:?} {:?}", w, v);
}
