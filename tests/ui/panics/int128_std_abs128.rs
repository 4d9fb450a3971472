// i128::abs of i128::MIN panics inside std (no #[track_caller]) with `attempt to negate with overflow`.
fn main() {
    let v: Vec<i128> = vec![-5, i128::MIN];
    for x in v {
        println!("{}", x.abs());
    }
}
