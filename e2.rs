struct Point { x: i32, y: i32 }
fn two(a: i32, b: i32) -> i32 { a + b }
fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", p);
    println!("{:?}", p);
    let s = p + p;
    two(1);
    let n = *5;
    let m = -String::new();
    let c = 65i32 as char;
    let r = &1 as i32;
}
