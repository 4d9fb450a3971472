// A loop or labelled block whose breaks and tail coerce to the expected type (&String to &str, an integer literal to u64).
fn main() {
    let owned = String::from("abc");
    let s: &str = loop {
        break &owned;
    };
    let t: &str = 'b: {
        if s.len() > 5 {
            break 'b "long";
        }
        &owned
    };
    let n: u64 = loop {
        break 7;
    };
    println!("{s} {t} {n}");
}
