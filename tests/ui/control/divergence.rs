// Diverging expressions (return, break, continue) have type ! and fit anywhere.
fn first_even(v: &[i32]) -> i32 {
    let mut i = 0;
    loop {
        let x = if i < v.len() { v[i] } else { return -1 };
        i += 1;
        let even = match x % 2 {
            0 => x,
            _ => continue,
        };
        return even;
    }
}

fn main() {
    println!("{}", first_even(&[1, 3, 8, 5]));
    println!("{}", first_even(&[1, 3]));
}
