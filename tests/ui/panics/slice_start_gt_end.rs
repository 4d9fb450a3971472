// A slice range whose start exceeds its end panics.
fn main() {
    let v = [1, 2, 3, 4, 5];
    let (a, b) = (3, 1);
    println!("{:?}", v.get(a..b));
    println!("{:?}", &v[..b]);
    println!("{:?}", &v[b..a]);
    println!("{:?}", &v[a..a]);
    println!("{:?}", &v[a..b]);
}
