// u128::next_power_of_two past the largest power panics inside std.
fn main() {
    let v: Vec<u128> = vec![5, (1 << 127) + 1];
    for x in v {
        println!("{}", x.next_power_of_two());
    }
}
