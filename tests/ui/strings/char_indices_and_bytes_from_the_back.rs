// CharIndices and Bytes are double-ended: rev() gives the last chars with their byte offsets, and bytes from the end.
fn main() {
    let word = "naïve café";
    let back: Vec<(usize, char)> = word.char_indices().rev().take(3).collect();
    println!("{:?}", back);
    let mut it = word.char_indices();
    println!("{:?} {:?} {:?}", it.next(), it.next_back(), it.next_back());
    let rest: String = it.map(|(_, c)| c).collect();
    println!("{:?}", rest);
    let last_space = word.char_indices().rev().find(|&(_, c)| c == ' ').map(|(i, _)| i);
    println!("{:?} {:?}", last_space, word.bytes().rev().take(2).collect::<Vec<u8>>());
    let mut b = "ab".bytes();
    println!("{:?} {:?} {:?}", b.next_back(), b.next(), b.next_back());
    let reversed: String = "héllo".char_indices().rev().map(|(_, c)| c).collect();
    println!("{}", reversed);
}
