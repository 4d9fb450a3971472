// Integer division by zero panics with "attempt to divide by zero".
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    for b in [2, 1, 0] {
        println!("7 / {b} = {}", div(7, b));
    }
}
