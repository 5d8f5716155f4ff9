# System.Collections.Generic.Stack[T] and Queue[T]: last in first out, first in first out,
# elements converted to T, enumerated in the order they would come out.
$stack = [System.Collections.Generic.Stack[int]]::new()
$stack.Push(1); $stack.Push('2'); $stack.Push(3)
$stack.Peek()
$stack.Count
$stack -join ','
$stack.Pop() + 10
$stack.Contains(2)
$queue = [System.Collections.Generic.Queue[string]]::new(@('a', 'b'))
$queue.Enqueue('c')
$queue.Dequeue()
$queue.ToArray() -join ','
$first = $null; $queue.TryPeek([ref]$first); $first
$queue.Clear(); $queue.Count
try { $queue.Dequeue() } catch { $_.Exception.Message }
