// Rejected (E0382): `s` was moved into `t`, so reading it needs a permission it no longer has.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t);
}
