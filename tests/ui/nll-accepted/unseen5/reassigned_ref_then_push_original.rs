// A reference reassigned to point at the longer of two Vecs; the first Vec is mutated after its last use.
fn main() {
    let mut mine = vec![1, 2];
    let theirs = vec![7, 8, 9];
    let mut longer = &mine;
    if longer.len() < theirs.len() {
        longer = &theirs;
    }
    println!("longer has {} items, first {}", longer.len(), longer[0]);
    mine.push(3);
    let mut pick = &theirs;
    if mine.len() >= 3 {
        pick = &mine;
    }
    println!("{:?}", pick);
    mine.clear();
    println!("{:?} {:?}", mine, theirs);
}
