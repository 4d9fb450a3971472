// Not flagged by rustc's lints: the values come from a call, a parameter or a mutable local
// changed in a loop, so only the run can tell (heaplab must not reject these).
fn double(x: u8) -> u8 {
    x.wrapping_mul(2)
}

fn get(v: &[i32], i: usize) -> Option<i32> {
    v.get(i).copied()
}

fn main() {
    let base: u8 = 100;
    let d = double(base);
    let mut n: u8 = 1;
    for _ in 0..3 {
        n = n * 2;
    }
    let days = ["mon", "tue", "wed"];
    let i = days.len() - 1;
    println!("{d} {n} {} {:?}", days[i], get(&[1, 2], 5));
}
