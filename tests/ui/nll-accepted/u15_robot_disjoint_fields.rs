// a robot method holds &mut to its position field while pushing to its log field (disjoint fields)
struct Robot {
    pos: (i32, i32),
    log: Vec<String>,
}

impl Robot {
    fn walk(&mut self, moves: &str) {
        let pos = &mut self.pos;
        for c in moves.chars() {
            match c {
                'N' => pos.1 += 1,
                'S' => pos.1 -= 1,
                'E' => pos.0 += 1,
                _ => pos.0 -= 1,
            }
            self.log.push(format!("{c}->{:?}", pos));
        }
    }
}

fn main() {
    let mut r = Robot { pos: (0, 0), log: Vec::new() };
    r.walk("NNEESW");
    println!("{:?} {}", r.pos, r.log.join(" "));
}
