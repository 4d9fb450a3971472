// i32 multiplication overflow panics with "attempt to multiply with overflow".
fn main() {
    let mut x: i32 = 1;
    println!("factorials in i32:");
    for i in 1..20 {
        x *= i;
        println!("{i}! = {x}");
    }
    println!("never reached {x}");
}
