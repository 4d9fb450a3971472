// `&0` in a match arm is a promoted constant, not a temporary.
fn main() {
    let opt: Option<i32> = Some(3);
    let r = match &opt {
        Some(n) => n,
        None => &0,
    };
    println!("{}", r);
}
