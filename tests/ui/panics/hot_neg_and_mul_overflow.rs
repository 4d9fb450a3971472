// A hot recursive u64 factorial overflows at 21! and panics at its multiplication (the `-x` on i8::MIN after it is never reached).
fn neg(x: i8) -> i8 {
    -x
}

fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

fn main() {
    let mut total = 0i64;
    for i in 0..300i32 {
        total += neg((i % 200 - 100) as i8) as i64;
        total += fact((i % 20) as u64) as i64 % 1000;
    }
    println!("{}", total);
    for n in 15..30u64 {
        println!("{}! = {}", n, fact(n));
    }
    println!("{}", neg(-128));
}
