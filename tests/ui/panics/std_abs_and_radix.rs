// `abs` of the minimum and a radix above 36: std-internal panics with their exact messages.
fn main() {
    let values = [-5i64, 7, i64::MIN + 1];
    for v in values {
        println!("|{v}| = {}", v.abs());
    }
    println!("{:?}", 'z'.to_digit(36));
    let radix = values.len() as u32 * 20;
    println!("{:?}", 'z'.to_digit(radix));
}
