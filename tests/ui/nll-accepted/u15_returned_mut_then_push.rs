// a &mut to the largest stack returned by a helper is used, then the stacks Vec grows (NLL)
fn tallest(stacks: &mut Vec<Vec<char>>) -> &mut Vec<char> {
    let i = (0..stacks.len()).max_by_key(|&i| stacks[i].len()).unwrap();
    &mut stacks[i]
}

fn main() {
    let mut stacks = vec![vec!['Z', 'N'], vec!['M', 'C', 'D'], vec!['P']];
    let top = tallest(&mut stacks);
    let moved = top.pop().unwrap();
    stacks.push(vec![moved]);
    let again = tallest(&mut stacks);
    again.push('X');
    println!("{:?}", stacks);
}
