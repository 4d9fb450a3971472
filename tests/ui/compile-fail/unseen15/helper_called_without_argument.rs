//@ compile-fail
// a neighbour helper called without its width argument
fn neighbours(i: usize, width: usize) -> Vec<usize> {
    let mut out = vec![i + 1];
    if i >= width {
        out.push(i - width);
    }
    out
}

fn main() {
    let ns = neighbours(5); //~ ERROR E0061
    println!("{:?}", ns);
}
