// Slicing a Vec past its end panics with the range message; the output before the panic is kept.
fn window(v: &[i32], start: usize, len: usize) -> &[i32] {
    &v[start..start + len]
}

fn main() {
    let data: Vec<i32> = (1..=6).collect();
    println!("{:?}", window(&data, 0, 3));
    println!("{:?}", window(&data, 3, 3));
    println!("{:?}", data.get(4..9));
    let text = String::from("héllo");
    println!("{}", &text[3..]);
    println!("{:?}", window(&data, 4, 5));
}
