// Ordering courses by their prerequisites with Kahn's topological sort on Vec indices; a cycle is reported.
use std::collections::HashMap;

fn topo_order(courses: &[&str], prereqs: &[(&str, &str)]) -> Result<Vec<String>, String> {
    let index: HashMap<&str, usize> = courses.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let n = courses.len();
    let mut indegree = vec![0; n];
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (course, needs) in prereqs {
        let c = *index.get(course).ok_or(format!("unknown course {}", course))?;
        let p = *index.get(needs).ok_or(format!("unknown course {}", needs))?;
        next[p].push(c);
        indegree[c] += 1;
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    ready.reverse();
    let mut order = Vec::new();
    while let Some(i) = ready.pop() {
        order.push(courses[i].to_string());
        for &j in next[i].iter().rev() {
            indegree[j] -= 1;
            if indegree[j] == 0 {
                ready.push(j);
            }
        }
    }
    if order.len() < n {
        let stuck: Vec<&str> = (0..n).filter(|&i| indegree[i] > 0).map(|i| courses[i]).collect();
        return Err(format!("cycle among {:?}", stuck));
    }
    Ok(order)
}

fn main() {
    let courses = ["intro", "data-structures", "algorithms", "databases", "compilers", "os", "networks"];
    let prereqs = [
        ("data-structures", "intro"),
        ("algorithms", "data-structures"),
        ("databases", "data-structures"),
        ("compilers", "algorithms"),
        ("os", "data-structures"),
        ("networks", "os"),
    ];
    match topo_order(&courses, &prereqs) {
        Ok(order) => {
            for (term, c) in order.iter().enumerate() {
                println!("term {}: {}", term + 1, c);
            }
        }
        Err(e) => println!("error: {}", e),
    }
    let cyclic = [("a", "b"), ("b", "c"), ("c", "a")];
    println!("{:?}", topo_order(&["a", "b", "c", "d"], &cyclic));
    println!("{:?}", topo_order(&["a"], &[("a", "z")]));
}
