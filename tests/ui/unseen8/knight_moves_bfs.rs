// Shortest knight paths on a chessboard: BFS over [[i32; 8]; 8] with a VecDeque and path reconstruction.
use std::collections::VecDeque;

type Square = (usize, usize);

const JUMPS: [(i32, i32); 8] = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];

fn parse(sq: &str) -> Option<Square> {
    let b = sq.as_bytes();
    if b.len() != 2 {
        return None;
    }
    let file = b[0].checked_sub(b'a')?;
    let rank = b[1].checked_sub(b'1')?;
    if file < 8 && rank < 8 { Some((file as usize, rank as usize)) } else { None }
}

fn name(sq: Square) -> String {
    format!("{}{}", (b'a' + sq.0 as u8) as char, sq.1 + 1)
}

fn shortest(from: Square, to: Square, blocked: &[Square]) -> Option<Vec<Square>> {
    let mut dist = [[-1i32; 8]; 8];
    let mut prev: [[Option<Square>; 8]; 8] = [[None; 8]; 8];
    let mut queue = VecDeque::new();
    dist[from.0][from.1] = 0;
    queue.push_back(from);
    while let Some((f, r)) = queue.pop_front() {
        if (f, r) == to {
            break;
        }
        for (df, dr) in JUMPS.iter() {
            let nf = f as i32 + df;
            let nr = r as i32 + dr;
            if !(0..8).contains(&nf) || !(0..8).contains(&nr) {
                continue;
            }
            let next = (nf as usize, nr as usize);
            if blocked.contains(&next) || dist[next.0][next.1] >= 0 {
                continue;
            }
            dist[next.0][next.1] = dist[f][r] + 1;
            prev[next.0][next.1] = Some((f, r));
            queue.push_back(next);
        }
    }
    if dist[to.0][to.1] < 0 {
        return None;
    }
    let mut path = vec![to];
    let mut cur = to;
    while let Some(p) = prev[cur.0][cur.1] {
        path.push(p);
        cur = p;
    }
    path.reverse();
    Some(path)
}

fn main() {
    let queries = [("a1", "h8"), ("b1", "c3"), ("d4", "d4"), ("a1", "b2"), ("g7", "z9")];
    for (a, b) in queries {
        let (Some(from), Some(to)) = (parse(a), parse(b)) else {
            println!("{} -> {}: bad square", a, b);
            continue;
        };
        match shortest(from, to, &[]) {
            Some(p) => println!("{} -> {}: {} moves {}", a, b, p.len() - 1, p.iter().map(|s| name(*s)).collect::<Vec<_>>().join(" ")),
            None => println!("{} -> {}: unreachable", a, b),
        }
    }
    let walls = [(1, 2), (2, 1)];
    match shortest((0, 0), (7, 7), &walls) {
        Some(p) => println!("walled corner: {} moves", p.len() - 1),
        None => println!("walled corner: trapped"),
    }
    let mut far = 0;
    for f in 0..8 {
        for r in 0..8 {
            let d = shortest((0, 0), (f, r), &[]).map(|p| p.len() - 1).unwrap_or(0);
            far = far.max(d);
        }
    }
    println!("farthest square from a1: {} moves", far);
}
