// Labelled blocks breaking with values, and nested labelled loops.
fn main() {
    let c = 3;
    let r = 'b: {
        if c > 2 {
            break 'b "big";
        }
        "small"
    };
    let mut found = None;
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                found = Some((i, j));
                break 'outer;
            }
        }
    }
    let n = loop {
        break 7;
    };
    println!("{r} {found:?} {n}");
}
