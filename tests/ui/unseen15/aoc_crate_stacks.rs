// Advent-style crate stacks: a drawing parsed column by column into Vec<Vec<char>>, moves applied one by one and in bulk
const INPUT: &str = "    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2";

#[derive(Debug)]
struct Move {
    count: usize,
    from: usize,
    to: usize,
}

fn parse(input: &str) -> (Vec<Vec<char>>, Vec<Move>) {
    let (drawing, moves) = input.split_once("\n\n").unwrap();
    let mut lines: Vec<&str> = drawing.lines().collect();
    let labels = lines.pop().unwrap();
    let n = labels.split_whitespace().count();
    let mut stacks = vec![Vec::new(); n];
    for line in lines.iter().rev() {
        let chars: Vec<char> = line.chars().collect();
        for (i, stack) in stacks.iter_mut().enumerate() {
            if let Some(&c) = chars.get(1 + 4 * i) {
                if c.is_ascii_uppercase() {
                    stack.push(c);
                }
            }
        }
    }
    let moves = moves
        .lines()
        .map(|l| {
            let nums: Vec<usize> = l.split(' ').filter_map(|w| w.parse().ok()).collect();
            Move { count: nums[0], from: nums[1] - 1, to: nums[2] - 1 }
        })
        .collect();
    (stacks, moves)
}

fn tops(stacks: &[Vec<char>]) -> String {
    stacks.iter().filter_map(|s| s.last()).collect()
}

fn main() {
    let (start, moves) = parse(INPUT);
    println!("start: {:?}", start);
    let mut one_by_one = start.clone();
    for m in &moves {
        for _ in 0..m.count {
            let c = one_by_one[m.from].pop().expect("empty stack");
            one_by_one[m.to].push(c);
        }
    }
    println!("part 1: {}", tops(&one_by_one));

    let mut bulk = start;
    for m in &moves {
        let keep = bulk[m.from].len() - m.count;
        let lifted: Vec<char> = bulk[m.from].drain(keep..).collect();
        bulk[m.to].extend(lifted);
        println!("{:?} -> {:?}", m, bulk);
    }
    println!("part 2: {}", tops(&bulk));
}
