struct P { x: i32 }
fn main() {
    let p = P { x: 1 };
    println!("{}", p.y);
    let q: Option<i32> = Some(1);
    let z: i32 = q;
}
