// Interview-style list problems on Option<Box<ListNode>>: merge two sorted lists, remove the nth from the end, middle, dedup.
#[derive(Debug, PartialEq)]
struct ListNode {
    val: i32,
    next: Option<Box<ListNode>>,
}

fn from_vec(v: &[i32]) -> Option<Box<ListNode>> {
    let mut head = None;
    for &val in v.iter().rev() {
        head = Some(Box::new(ListNode { val, next: head }));
    }
    head
}

fn to_vec(mut l: &Option<Box<ListNode>>) -> Vec<i32> {
    let mut out = vec![];
    while let Some(n) = l {
        out.push(n.val);
        l = &n.next;
    }
    out
}

fn merge(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    match (a, b) {
        (None, r) | (r, None) => r,
        (Some(mut x), Some(mut y)) => {
            if x.val <= y.val {
                x.next = merge(x.next.take(), Some(y));
                Some(x)
            } else {
                y.next = merge(Some(x), y.next.take());
                Some(y)
            }
        }
    }
}

fn remove_nth_from_end(head: Option<Box<ListNode>>, n: usize) -> Option<Box<ListNode>> {
    let len = to_vec(&head).len();
    if n == 0 || n > len {
        return head;
    }
    let mut dummy = Box::new(ListNode { val: 0, next: head });
    let mut cur = &mut dummy;
    for _ in 0..len - n {
        cur = cur.next.as_mut().unwrap();
    }
    let removed = cur.next.take();
    cur.next = removed.and_then(|r| r.next);
    dummy.next
}

fn middle(head: &Option<Box<ListNode>>) -> Option<i32> {
    let mut slow = head.as_ref();
    let mut fast = head.as_ref();
    while let Some(f) = fast {
        fast = f.next.as_ref().and_then(|n| n.next.as_ref());
        if fast.is_none() && f.next.is_none() {
            break;
        }
        slow = slow.and_then(|s| s.next.as_ref());
    }
    slow.map(|n| n.val)
}

fn dedup(head: &mut Option<Box<ListNode>>) {
    let mut cur = head.as_mut();
    while let Some(node) = cur {
        while node.next.as_ref().map_or(false, |n| n.val == node.val) {
            let dup = node.next.take().unwrap();
            node.next = dup.next;
        }
        cur = node.next.as_mut();
    }
}

fn main() {
    let a = from_vec(&[1, 4, 5, 9]);
    let b = from_vec(&[1, 2, 6, 9, 10]);
    let m = merge(a, b);
    println!("merged {:?}", to_vec(&m));
    println!("middle {:?}", middle(&m));
    let mut d = m;
    dedup(&mut d);
    println!("dedup  {:?}", to_vec(&d));
    let r = remove_nth_from_end(d, 2);
    println!("remove 2nd from end {:?}", to_vec(&r));
    let r = remove_nth_from_end(r, 6);
    println!("remove 6th from end {:?}", to_vec(&r));
    let r = remove_nth_from_end(r, 10);
    println!("remove 10th from end {:?}", to_vec(&r));
    println!("middle of [1,2,3,4] {:?}, of [] {:?}", middle(&from_vec(&[1, 2, 3, 4])), middle(&None));
    println!("equal: {}", from_vec(&[1, 2]) == from_vec(&[1, 2]));
    println!("{:?}", from_vec(&[3]));
}
